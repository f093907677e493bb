import "server-only";
// isAPIError, not instanceof: the production build holds more than one copy of the APIError class
// (better-call's and better-auth's), so instanceof misses the errors of a wrong password.
import { isAPIError } from "better-auth/api";
import type { UserPrincipal } from "../../access/principal";
import { parseRoles } from "../../access/roles";
import { retryAfterSeconds, SIGN_IN_RULES, withFailure } from "../../access/sign-in-throttle";
import { getDb } from "../../db/client";
import { clearFailures, readFailures, writeFailure } from "../../db/throttle-repo";
import { AppError } from "../errors";
import { record } from "./audit";
import { getAuth } from "./auth";
import { ensureAccounts } from "./bootstrap";

export type SignedIn = { user: UserPrincipal; cookies: string[] };

/** The address a request came from, as the proxy in front reports it; "local" without one. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "local";
}

/**
 * Signs in with email and password. Wrong passwords are counted per email and per address; past
 * the limit every attempt is refused (429 with the seconds to wait) until the window has passed,
 * even with the right password, so guessing gains nothing.
 */
export async function signIn(input: { email: string; password: string }, headers: Headers): Promise<SignedIn> {
  await ensureAccounts();
  const db = getDb();
  const now = Date.now();
  const keys = { email: `email:${input.email}`, address: `address:${clientAddress(headers)}` };
  const entries = readFailures(db, Object.values(keys));
  const wait = Math.max(
    retryAfterSeconds(entries.get(keys.email), SIGN_IN_RULES.email, now),
    retryAfterSeconds(entries.get(keys.address), SIGN_IN_RULES.address, now),
  );
  if (wait > 0) throw new AppError("too-many-attempts", { params: { seconds: wait } });
  try {
    const { headers: answer, response } = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers,
      returnHeaders: true,
    });
    const user: UserPrincipal = { kind: "user", id: response.user.id, email: response.user.email, name: response.user.name, roles: parseRoles((response.user as { role?: string }).role) };
    clearFailures(db, keys.email);
    record(user, "session.sign-in");
    return { user, cookies: answer.getSetCookie() };
  } catch (error) {
    const code = isAPIError(error) ? (error.body?.code as string | undefined) : undefined;
    if (code !== "INVALID_EMAIL_OR_PASSWORD" && code !== "BANNED_USER") throw error;
    db.transaction(() => {
      writeFailure(db, keys.email, withFailure(entries.get(keys.email), SIGN_IN_RULES.email, now));
      writeFailure(db, keys.address, withFailure(entries.get(keys.address), SIGN_IN_RULES.address, now));
      record(null, "session.sign-in.failed", { target: input.email, details: { reason: code === "BANNED_USER" ? "deactivated" : "credentials" } }, input.email);
    });
    throw new AppError(code === "BANNED_USER" ? "account-deactivated" : "invalid-credentials");
  }
}

export async function signOut(actor: UserPrincipal, headers: Headers): Promise<string[]> {
  const { headers: answer } = await getAuth().api.signOut({ headers, returnHeaders: true });
  record(actor, "session.sign-out");
  return answer.getSetCookie();
}
