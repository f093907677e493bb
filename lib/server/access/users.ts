import "server-only";
// isAPIError, not instanceof: the production build holds more than one copy of the APIError class
// (better-call's and better-auth's), so instanceof misses the errors of a wrong password.
import { isAPIError } from "better-auth/api";
import type { UserPrincipal } from "../../access/principal";
import type { Role } from "../../access/roles";
import { getDb } from "../../db/client";
import { findUser, listUsers as listUserRecords, setUserActive, setUserRoles, updateUserName, type UserRecord } from "../../db/users-repo";
import { AppError } from "../errors";
import { audited, record } from "./audit";
import { getAuth } from "./auth";
import { temporaryPassword } from "./password";

export function listUsers(): UserRecord[] {
  return listUserRecords(getDb());
}

export type NewUser = { email: string; name: string; roles: Role[]; password?: string };

/** Creates a user (better-auth hashes the password); without one, a temporary password is made. */
export async function createUser(actor: UserPrincipal | null, input: NewUser): Promise<{ user: UserRecord; password: string }> {
  const password = input.password ?? temporaryPassword();
  try {
    const { user } = await getAuth().api.createUser({ body: { email: input.email, name: input.name, password, role: input.roles } });
    record(actor, actor ? "user.create" : "setup.admin", { target: input.email, details: { roles: input.roles.join(",") } }, actor ? undefined : input.email);
    return { user: findUser(getDb(), user.id)!, password };
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") throw new AppError("email-taken", { params: { email: input.email } });
    throw error;
  }
}

export type UserChange = { name?: string; roles?: Role[]; active?: boolean };

/**
 * Renames, sets roles, deactivates (their sessions end at once) or reactivates a user. Nobody can
 * deactivate themselves, and the workspace always keeps one active admin.
 */
export function updateUser(actor: UserPrincipal, id: string, change: UserChange): UserRecord {
  const db = getDb();
  const user = findUser(db, id);
  if (!user) throw new AppError("user-not-found");
  if (change.active === false && id === actor.id) throw new AppError("self-deactivate");
  const roles = change.roles ?? user.roles;
  const active = change.active ?? user.active;
  const losesAdmin = user.active && user.roles.includes("admin") && (!active || !roles.includes("admin"));
  // Only switching someone on or off reads as that; anything else (with or without it) is a change.
  const onlyActive = change.active !== undefined && change.active !== user.active && (change.name ?? user.name) === user.name && roles.join() === user.roles.join();
  const action = onlyActive ? (active ? "user.reactivate" : "user.deactivate") : "user.update";
  return audited(
    actor,
    action,
    () => {
      if (losesAdmin && otherActiveAdmins(id) === 0) throw new AppError("last-admin");
      const now = new Date();
      if (change.name !== undefined && change.name !== user.name) updateUserName(db, id, change.name, now);
      if (change.roles && change.roles.join() !== user.roles.join()) setUserRoles(db, id, change.roles, now);
      if (active !== user.active) setUserActive(db, id, active, now);
      return findUser(db, id)!;
    },
    (updated) => ({ target: user.email, details: changes(user, updated) }),
  );
}

function otherActiveAdmins(id: string): number {
  return listUserRecords(getDb()).filter((u) => u.id !== id && u.active && u.roles.includes("admin")).length;
}

function changes(before: UserRecord, after: UserRecord): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  if (before.name !== after.name) out.name = after.name;
  if (before.roles.join() !== after.roles.join()) {
    out.rolesBefore = before.roles.join(",");
    out.roles = after.roles.join(",");
  }
  if (before.active !== after.active) out.active = after.active;
  return out;
}
