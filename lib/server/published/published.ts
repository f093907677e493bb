import "server-only";
import { getDb } from "../../db/client";
import { liveVersionOf, pinnedVersionOf } from "../../db/runtime-reads";
import { findLiveMeta, findVersionDocumentText, listPublished, listVersions } from "../../db/versions-repo";
import type { PublishedScript, VersionSummary } from "../../review/records";
import { AppError } from "../errors";

// The runtime API's reads. Versions are served as the stored JSON text, wrapped without a parse:
// what was published is byte for byte what agent systems get, and the hot path stays cheap.

export function publishedScripts(): PublishedScript[] {
  return listPublished(getDb());
}

export type VersionRef = VersionSummary & { slug: string };

/** The live version of a script (by slug or id), or the version numbered `version`. */
export function publishedVersion(slugOrId: string, version?: number): VersionRef {
  const db = getDb();
  const found = version === undefined ? liveVersionOf(db, slugOrId) : pinnedVersionOf(db, slugOrId, version);
  if (found) return found;
  // Not there: say why.
  const meta = findLiveMeta(db, slugOrId);
  if (!meta) throw new AppError("not-found");
  throw new AppError(version === undefined ? "not-published" : "version-not-found");
}

export function publishedVersions(slugOrId: string): VersionRef[] {
  const db = getDb();
  const meta = findLiveMeta(db, slugOrId);
  if (!meta) throw new AppError("not-found");
  return listVersions(db, meta.scriptId).map((v) => ({ ...v, slug: meta.slug }));
}

/** The envelope (lib/api/review.ts PublishedEnvelope) as JSON text. */
export function envelopeJson(ref: VersionRef): string {
  const document = findVersionDocumentText(getDb(), ref.scriptId, ref.version)!;
  const head = JSON.stringify({ slug: ref.slug, version: ref.version, contentHash: ref.contentHash, publishedAt: ref.publishedAt.toISOString(), note: ref.note });
  return `${head.slice(0, -1)},"script":${document}}`;
}
