import "server-only";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { findLive, findVersion, listVersions, setLive } from "../../db/versions-repo";
import { saveDraft as writeDraft } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { versionDiff, type VersionDiff } from "../../publish/version-diff";
import type { LivePointer, PublishedVersion, VersionSummary } from "../../review/records";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { getScript } from "../scripts/get-script";
import { commit } from "../scripts/save-draft";
import { announce } from "../webhooks/announce";

export type VersionHistory = { versions: VersionSummary[]; live: LivePointer | null };

export function versionHistory(idOrSlug: string): VersionHistory {
  const db = getDb();
  const { id } = getScript(idOrSlug);
  return { versions: listVersions(db, id), live: findLive(db, id) ?? null };
}

export function getVersion(idOrSlug: string, version: number): PublishedVersion {
  const found = findVersion(getDb(), getScript(idOrSlug).id, version);
  if (!found) throw new AppError("version-not-found");
  return found;
}

export function diffVersions(idOrSlug: string, from: number, to: number): VersionDiff {
  return versionDiff(getVersion(idOrSlug, from).document, getVersion(idOrSlug, to).document);
}

/** Points "live" at an earlier (or later) published version; agent systems get it at once. */
export function moveLive(actor: UserPrincipal, idOrSlug: string, version: number): LivePointer {
  const target = getVersion(idOrSlug, version);
  const db = getDb();
  const before = findLive(db, target.scriptId);
  const pointer: LivePointer = { scriptId: target.scriptId, version, movedBy: principalLabel(actor), movedAt: new Date() };
  if (before?.version === version) return before;
  return audited(
    actor,
    "version.rollback",
    () => {
      setLive(db, pointer);
      announce("rollback", target, target.document.title);
      return pointer;
    },
    () => ({ scriptId: target.scriptId, target: target.document.title, details: { from: before?.version ?? null, version } }),
  );
}

/**
 * Copies a published version into the draft as a new revision. The copy and the flow come from
 * the version; the draft's working material stays: positions of elements that still exist, saved
 * scenarios and lint overrides.
 */
export function restoreVersion(actor: UserPrincipal, idOrSlug: string, version: number): ScriptRecord {
  const record = getScript(idOrSlug);
  const published = getVersion(record.id, version);
  const ids = new Set(published.document.nodes.map((n) => n.id));
  const positions = Object.fromEntries(Object.entries(record.document.layout.positions).filter(([id]) => ids.has(id)));
  const { scenarios, lint } = record.document;
  const document = {
    ...published.document,
    id: record.id,
    layout: { ...record.document.layout, positions },
    ...(scenarios ? { scenarios } : {}),
    ...(lint ? { lint: { ...lint, speech: published.document.lint?.speech ?? lint.speech } } : {}),
  };
  const write = () => commit(writeDraft(getDb(), { id: record.id, baseRevision: record.revision, document, actor: principalLabel(actor), now: new Date() }));
  return audited(actor, "version.restore", write, (r) => ({ scriptId: r.id, target: r.title, details: { version, revision: r.revision } }));
}
