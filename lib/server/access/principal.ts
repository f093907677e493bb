import "server-only";
import { bearerToken } from "../../access/api-token";
import type { Principal } from "../../access/principal";
import { parseRoles } from "../../access/roles";
import { getAuth } from "./auth";
import { ensureAccounts } from "./bootstrap";
import { tokenPrincipal } from "./tokens";

/**
 * Who sent these headers: an agent system with a live API token, a signed-in active user, or
 * nobody. A bearer token that is unknown or revoked is nobody, never a fall-back to the cookie.
 */
export async function principalOf(headers: Headers): Promise<Principal | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const token = bearerToken(authorization);
    return token ? tokenPrincipal(token) : null;
  }
  await ensureAccounts();
  const session = await getAuth().api.getSession({ headers });
  if (!session || session.user.banned) return null;
  const { id, email, name, role } = session.user;
  return { kind: "user", id, email, name, roles: parseRoles(role) };
}
