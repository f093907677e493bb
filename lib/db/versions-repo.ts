import "server-only";
import { and, desc, eq, max, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { livePointers, scripts, versions } from "./schema";
import { parseStoredDocument } from "./scripts-repo";
import type { LivePointer, PublishedScript, PublishedVersion, VersionSummary } from "../review/records";

/** The columns of a version without its document (VersionSummary). */
export const versionSummaryColumns = {
  scriptId: versions.scriptId,
  version: versions.version,
  candidateId: versions.candidateId,
  contentHash: versions.contentHash,
  note: versions.note,
  publishedBy: versions.publishedBy,
  publishedAt: versions.publishedAt,
};

export function latestVersionNumber(db: Db, scriptId: string): number {
  return db.select({ n: max(versions.version) }).from(versions).where(eq(versions.scriptId, scriptId)).get()?.n ?? 0;
}

export function insertVersion(db: Db, version: PublishedVersion & { publishedById: string }): void {
  db.insert(versions)
    .values({ ...version, document: JSON.stringify(version.document) })
    .run();
}

/** Newest first. */
export function listVersions(db: Db, scriptId: string): VersionSummary[] {
  return db.select(versionSummaryColumns).from(versions).where(eq(versions.scriptId, scriptId)).orderBy(desc(versions.version)).all();
}

export function findVersion(db: Db, scriptId: string, version: number): PublishedVersion | undefined {
  const row = db
    .select({ ...versionSummaryColumns, document: versions.document })
    .from(versions)
    .where(and(eq(versions.scriptId, scriptId), eq(versions.version, version)))
    .get();
  return row && { ...row, document: parseStoredDocument(scriptId, row.document) };
}

/** A version with its document as the stored JSON text: served to agent systems without a parse. */
export function findVersionText(db: Db, scriptId: string, version: number): (VersionSummary & { documentJson: string }) | undefined {
  return db
    .select({ ...versionSummaryColumns, documentJson: versions.document })
    .from(versions)
    .where(and(eq(versions.scriptId, scriptId), eq(versions.version, version)))
    .get();
}

export function findLive(db: Db, scriptId: string): LivePointer | undefined {
  return db.select().from(livePointers).where(eq(livePointers.scriptId, scriptId)).get();
}

export function setLive(db: Db, pointer: LivePointer): void {
  const { scriptId: _scriptId, ...rest } = pointer;
  db.insert(livePointers).values(pointer).onConflictDoUpdate({ target: livePointers.scriptId, set: rest }).run();
}

/** Every script with a live version, by title. */
export function listPublished(db: Db): PublishedScript[] {
  const latest = sql<number>`(select max(v2.version) from versions v2 where v2.script_id = ${scripts.id})`;
  return db
    .select({
      id: scripts.id,
      slug: scripts.slug,
      // As published, not as the draft says now.
      title: sql<string>`json_extract(${versions.document}, '$.title')`,
      family: sql<string>`json_extract(${versions.document}, '$.family')`,
      locale: sql<string>`json_extract(${versions.document}, '$.locale')`,
      liveVersion: livePointers.version,
      latestVersion: latest,
      contentHash: versions.contentHash,
      publishedAt: versions.publishedAt,
    })
    .from(livePointers)
    .innerJoin(scripts, eq(scripts.id, livePointers.scriptId))
    .innerJoin(versions, and(eq(versions.scriptId, livePointers.scriptId), eq(versions.version, livePointers.version)))
    .orderBy(scripts.title)
    .all();
}

export type LiveMeta = VersionSummary & { slug: string };

/** The live version of the script with this slug (or id), without its document. */
export function findLiveMeta(db: Db, slugOrId: string): { scriptId: string; slug: string; live: VersionSummary | null } | undefined {
  const script = db
    .select({ id: scripts.id, slug: scripts.slug, version: livePointers.version })
    .from(scripts)
    .leftJoin(livePointers, eq(livePointers.scriptId, scripts.id))
    .where(or(eq(scripts.slug, slugOrId), eq(scripts.id, slugOrId)))
    .get();
  if (!script) return undefined;
  const live = script.version === null ? null : (db.select(versionSummaryColumns).from(versions).where(and(eq(versions.scriptId, script.id), eq(versions.version, script.version))).get() ?? null);
  return { scriptId: script.id, slug: script.slug, live };
}

export function findVersionDocumentText(db: Db, scriptId: string, version: number): string | undefined {
  return db.select({ d: versions.document }).from(versions).where(and(eq(versions.scriptId, scriptId), eq(versions.version, version))).get()?.d;
}
