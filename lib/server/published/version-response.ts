import "server-only";
import { etagOf, notModified } from "../../publish/etag";
import { envelopeJson, type VersionRef } from "./published";

export type VersionKind = "live" | "pinned";

/** Headers of one version for an agent system. "live" can move, so it is revalidated on every use; a numbered version never changes. */
export function versionHeaders(ref: VersionRef, kind: VersionKind): Record<string, string> {
  return {
    etag: etagOf(ref.version, ref.contentHash),
    "cache-control": kind === "live" ? "private, no-cache" : "private, max-age=31536000, immutable",
    "x-huaben-version": String(ref.version),
  };
}

// Published versions never change, so their bytes are kept once made (a bounded number of them).
const CACHE_SIZE = 256;
const bytes = new Map<string, Buffer>();

/** The envelope's bytes, made once per version. */
export function envelopeBytes(ref: VersionRef): Buffer {
  const key = `${ref.scriptId}\u0000${ref.version}`;
  const known = bytes.get(key);
  if (known) return known;
  const made = Buffer.from(envelopeJson(ref), "utf8");
  if (bytes.size >= CACHE_SIZE) bytes.delete(bytes.keys().next().value!);
  bytes.set(key, made);
  return made;
}

export type VersionAnswer = { status: 200 | 304; headers: Record<string, string>; body: Buffer | null };

/** 304 when If-None-Match names this version, else the envelope. */
export function versionAnswer(ref: VersionRef, kind: VersionKind, ifNoneMatch: string | null): VersionAnswer {
  const headers = versionHeaders(ref, kind);
  if (notModified(ifNoneMatch, headers.etag!)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, "content-type": "application/json; charset=utf-8" }, body: envelopeBytes(ref) };
}
