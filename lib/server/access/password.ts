import "server-only";
import { randomBytes } from "node:crypto";
// isAPIError, not instanceof: the production build holds more than one copy of the APIError class
// (better-call's and better-auth's), so instanceof misses the errors of a wrong password.
import { isAPIError } from "better-auth/api";
import type { UserPrincipal } from "../../access/principal";
import { getDb } from "../../db/client";
import { deleteSessionsOf, findUser } from "../../db/users-repo";
import { AppError } from "../errors";
import { audited, record } from "./audit";
import { getAuth } from "./auth";

/** A password for someone to sign in with once and then change: 16 characters, 96 random bits. */
export function temporaryPassword(): string {
  return randomBytes(12).toString("base64url");
}

/** Changes the actor's own password; every other session of theirs ends, this one is renewed. */
export async function changeOwnPassword(actor: UserPrincipal, input: { currentPassword: string; newPassword: string }, headers: Headers): Promise<string[]> {
  try {
    const { headers: answer } = await getAuth().api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers,
      returnHeaders: true,
    });
    record(actor, "account.password.change");
    return answer.getSetCookie();
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "INVALID_PASSWORD") throw new AppError("wrong-password");
    throw error;
  }
}

/** An admin sets someone's password (or has one made); their sessions end. */
export async function resetPassword(actor: UserPrincipal, userId: string, password = temporaryPassword()): Promise<string> {
  const db = getDb();
  const user = findUser(db, userId);
  if (!user) throw new AppError("user-not-found");
  const context = await getAuth().$context;
  const hash = await context.password.hash(password);
  await context.internalAdapter.updatePassword(userId, hash);
  audited(actor, "user.password.reset", () => deleteSessionsOf(db, userId), () => ({ target: user.email }));
  return password;
}
