import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "./client";
import { apiTokens } from "./schema";

export type ApiTokenRecord = Omit<typeof apiTokens.$inferSelect, "hash">;

const listed = {
  id: apiTokens.id,
  name: apiTokens.name,
  hint: apiTokens.hint,
  createdAt: apiTokens.createdAt,
  createdBy: apiTokens.createdBy,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  revokedBy: apiTokens.revokedBy,
};

export function insertToken(db: Db, token: ApiTokenRecord & { hash: string }): void {
  db.insert(apiTokens).values(token).run();
}

/** Newest first, revoked ones included (the admin sees what was revoked and when). */
export function listTokens(db: Db): ApiTokenRecord[] {
  return db.select(listed).from(apiTokens).orderBy(desc(apiTokens.createdAt)).all();
}

export function findToken(db: Db, id: string): ApiTokenRecord | undefined {
  return db.select(listed).from(apiTokens).where(eq(apiTokens.id, id)).get();
}

export function markTokenUsed(db: Db, id: string, at: Date): void {
  db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run();
}

export function revokeToken(db: Db, id: string, by: string, at: Date): void {
  db.update(apiTokens).set({ revokedAt: at, revokedBy: by }).where(eq(apiTokens.id, id)).run();
}
