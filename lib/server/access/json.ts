import "server-only";
import type { ApiTokenJson, SessionUserJson, UserJson } from "../../api/access";
import { withIsoDates } from "../../api/access";
import type { UserPrincipal } from "../../access/principal";
import type { ApiTokenRecord } from "../../db/tokens-repo";
import type { UserRecord } from "../../db/users-repo";

export function sessionUserJson(user: UserPrincipal): SessionUserJson {
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

export const userJson = (user: UserRecord): UserJson => withIsoDates(user);
export const tokenJson = (token: ApiTokenRecord): ApiTokenJson => withIsoDates(token);

/** A JSON answer that also sets (or clears) the session cookie. */
export function withCookies(body: unknown, cookies: string[], init: ResponseInit = {}): Response {
  const response = Response.json(body, init);
  for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
  return response;
}
