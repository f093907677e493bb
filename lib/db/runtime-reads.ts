import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Db } from "./client";
import { apiTokens, livePointers, scripts, versions } from "./schema";
import { versionSummaryColumns } from "./versions-repo";
import type { VersionSummary } from "../review/records";

// The runtime API's hot reads as prepared statements, made once per connection: an agent system
// polling a script costs two indexed lookups and no SQL compilation.

function prepare(db: Db) {
  const summary = { ...versionSummaryColumns, slug: scripts.slug };
  const slug = sql.placeholder("slug");
  return {
    token: db
      .select({ id: apiTokens.id, name: apiTokens.name, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(eq(apiTokens.hash, sql.placeholder("hash")))
      .prepare(),
    live: db
      .select(summary)
      .from(scripts)
      .innerJoin(livePointers, eq(livePointers.scriptId, scripts.id))
      .innerJoin(versions, and(eq(versions.scriptId, scripts.id), eq(versions.version, livePointers.version)))
      .where(or(eq(scripts.slug, slug), eq(scripts.id, slug)))
      .prepare(),
    pinned: db
      .select(summary)
      .from(scripts)
      .innerJoin(versions, eq(versions.scriptId, scripts.id))
      .where(and(or(eq(scripts.slug, slug), eq(scripts.id, slug)), eq(versions.version, sql.placeholder("version"))))
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db) {
  let found = prepared.get(db);
  if (!found) prepared.set(db, (found = prepare(db)));
  return found;
}

export type TokenRow = { id: string; name: string; lastUsedAt: Date | null; revokedAt: Date | null };

export function tokenByHash(db: Db, hash: string): TokenRow | undefined {
  return statements(db).token.get({ hash });
}

/** The live version of the script with this slug or id; undefined when there is none. */
export function liveVersionOf(db: Db, slug: string): (VersionSummary & { slug: string }) | undefined {
  return statements(db).live.get({ slug });
}

export function pinnedVersionOf(db: Db, slug: string, version: number): (VersionSummary & { slug: string }) | undefined {
  return statements(db).pinned.get({ slug, version });
}
