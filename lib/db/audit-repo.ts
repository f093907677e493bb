import "server-only";
import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { auditLog } from "./schema";
import type { AuditDetails, AuditEntry, AuditQuery } from "../access/audit";

export type NewAuditEntry = Omit<AuditEntry, "id">;

/** Appends one entry; the table refuses updates and deletes (a trigger in migration 0002). */
export function appendAudit(db: Db, entry: NewAuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, details: JSON.stringify(entry.details) })
    .run();
}

/** Newest first, one page of `limit`, and whether there is an older page. */
export function queryAudit(db: Db, query: AuditQuery): { entries: AuditEntry[]; more: boolean } {
  const where: SQL[] = [];
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.actor) where.push(eq(auditLog.actorLabel, query.actor));
  if (query.scriptId) where.push(eq(auditLog.scriptId, query.scriptId));
  if (query.from) where.push(gte(auditLog.at, query.from));
  if (query.to) where.push(lte(auditLog.at, query.to));
  if (query.before !== undefined) where.push(lt(auditLog.id, query.before));
  const rows = db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1)
    .all();
  const entries = rows.slice(0, query.limit).map((row) => ({ ...row, details: JSON.parse(row.details) as AuditDetails }));
  return { entries, more: rows.length > query.limit };
}

/** Everyone who appears in the log, for the actor filter. */
export function auditActors(db: Db): string[] {
  return db
    .selectDistinct({ label: auditLog.actorLabel })
    .from(auditLog)
    .orderBy(auditLog.actorLabel)
    .all()
    .map((r) => r.label);
}
