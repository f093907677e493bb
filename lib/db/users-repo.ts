import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { sessions, users } from "./schema";
import { parseRoles, type Role } from "../access/roles";

export type UserRecord = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  createdAt: Date;
  /** When their newest session started, if they have one. */
  lastSeenAt: Date | null;
};

export function listUsers(db: Db): UserRecord[] {
  // Spelled out: drizzle leaves columns unqualified in a one-table select, and inside the
  // subquery an unqualified "id" would be the session's. A session's updated_at moves when it is
  // refreshed (daily), so this is when they were last around, to the day.
  const lastSeen = sql<number | null>`(select max(s.updated_at) from sessions s where s.user_id = "users"."id")`;
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, banned: users.banned, createdAt: users.createdAt, lastSeen })
    .from(users)
    .orderBy(asc(users.email))
    .all()
    .map(({ role, banned, lastSeen: seen, ...rest }) => ({
      ...rest,
      roles: parseRoles(role),
      active: !banned,
      lastSeenAt: seen === null ? null : new Date(seen),
    }));
}

export function findUser(db: Db, id: string): UserRecord | undefined {
  return listUsers(db).find((u) => u.id === id);
}

export function findUserIdByEmail(db: Db, email: string): string | undefined {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get()?.id;
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** Active users holding the admin role. */
export function countActiveAdmins(db: Db): number {
  return listUsers(db).filter((u) => u.active && u.roles.includes("admin")).length;
}

export function updateUserName(db: Db, id: string, name: string, now: Date): void {
  db.update(users).set({ name, updatedAt: now }).where(eq(users.id, id)).run();
}

export function deleteSessionsOf(db: Db, userId: string): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}


export function setUserRoles(db: Db, id: string, roles: readonly Role[], now: Date): void {
  db.update(users).set({ role: roles.join(","), updatedAt: now }).where(eq(users.id, id)).run();
}

/** Deactivating ends every session of theirs; better-auth refuses a banned user at sign-in. */
export function setUserActive(db: Db, id: string, active: boolean, now: Date): void {
  db.update(users).set({ banned: !active, banReason: active ? null : "deactivated", updatedAt: now }).where(eq(users.id, id)).run();
  if (!active) deleteSessionsOf(db, id);
}
