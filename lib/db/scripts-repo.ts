import "server-only";
import { and, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { drafts, scripts } from "./schema";
import { validateScript } from "../script/validate";
import type { ScriptDocument } from "../script/document";
import type { SaveResult, ScriptQuery, ScriptRecord, ScriptSummary } from "../library/records";

/** The database or an open transaction on it. */
type Runner = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

const summaryColumns = {
  id: scripts.id,
  slug: scripts.slug,
  title: scripts.title,
  family: scripts.family,
  locale: scripts.locale,
  createdAt: scripts.createdAt,
  updatedAt: scripts.updatedAt,
  archivedAt: scripts.archivedAt,
  revision: drafts.revision,
  updatedBy: drafts.updatedBy,
  elementCount: sql<number>`json_array_length(${drafts.document}, '$.nodes')`,
};

export function listScripts(db: Db, query: ScriptQuery = {}): ScriptSummary[] {
  const where: SQL[] = [];
  const text = query.text?.trim();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(sql`${scripts.title} like ${pattern} escape '\\'`, sql`${scripts.slug} like ${pattern} escape '\\'`) as SQL);
  }
  if (query.family) where.push(eq(scripts.family, query.family));
  if ((query.archive ?? "active") === "active") where.push(isNull(scripts.archivedAt));
  if (query.archive === "archived") where.push(isNotNull(scripts.archivedAt));
  return db
    .select(summaryColumns)
    .from(scripts)
    .innerJoin(drafts, eq(drafts.scriptId, scripts.id))
    .where(and(...where))
    .orderBy(desc(scripts.updatedAt), scripts.title)
    .all();
}

/** A script by id or by slug (agent systems know scripts by their slug). */
export function findScript(db: Runner, idOrSlug: string): ScriptRecord | undefined {
  const row = db
    .select({ ...summaryColumns, document: drafts.document })
    .from(scripts)
    .innerJoin(drafts, eq(drafts.scriptId, scripts.id))
    .where(or(eq(scripts.id, idOrSlug), eq(scripts.slug, idOrSlug)))
    .get();
  if (!row) return undefined;
  return { ...row, document: parseStoredDocument(row.id, row.document) };
}

export function slugExists(db: Db, slug: string): boolean {
  return db.select({ id: scripts.id }).from(scripts).where(eq(scripts.slug, slug)).get() !== undefined;
}

export type NewScriptRow = { document: ScriptDocument; slug: string; actor: string; now: Date };

export function insertScript(db: Db, { document, slug, actor, now }: NewScriptRow): ScriptRecord {
  db.transaction((tx) => {
    tx.insert(scripts)
      .values({ id: document.id, slug, ...mirrorOf(document), createdAt: now, updatedAt: now })
      .run();
    tx.insert(drafts)
      .values({ scriptId: document.id, revision: 1, document: JSON.stringify(document), updatedBy: actor, updatedAt: now })
      .run();
  });
  return findScript(db, document.id) as ScriptRecord;
}

/** Writes a new draft revision, but only on top of the revision the writer started from. */
export function saveDraft(
  db: Db,
  args: { id: string; baseRevision: number; document: ScriptDocument; actor: string; now: Date },
): SaveResult {
  return db.transaction((tx) => {
    const current = tx.select({ revision: drafts.revision }).from(drafts).where(eq(drafts.scriptId, args.id)).get();
    if (!current) return { ok: false, reason: "not-found" } as const;
    if (current.revision !== args.baseRevision) return { ok: false, reason: "conflict", currentRevision: current.revision } as const;
    tx.update(drafts)
      .set({ revision: current.revision + 1, document: JSON.stringify(args.document), updatedBy: args.actor, updatedAt: args.now })
      .where(eq(drafts.scriptId, args.id))
      .run();
    tx.update(scripts).set({ ...mirrorOf(args.document), updatedAt: args.now }).where(eq(scripts.id, args.id)).run();
    return { ok: true, record: findScript(tx, args.id) as ScriptRecord } as const;
  });
}

export function setArchived(db: Db, id: string, archivedAt: Date | null, now: Date): ScriptRecord | undefined {
  const changed = db.update(scripts).set({ archivedAt, updatedAt: now }).where(eq(scripts.id, id)).run();
  return changed.changes > 0 ? findScript(db, id) : undefined;
}

function mirrorOf(document: ScriptDocument) {
  return { title: document.title, family: document.family, locale: document.locale };
}

export function parseStoredDocument(id: string, json: string): ScriptDocument {
  const result = validateScript(JSON.parse(json));
  if (!result.ok) {
    const where = result.issues.map((i) => `${i.pathText}: ${i.code}`).join("; ");
    throw new Error(`Stored draft of script ${id} does not match the script schema (${where})`);
  }
  return result.document;
}

/** How many scripts exist at all, archived ones included. */
export function countScripts(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(scripts).get()?.n ?? 0;
}
