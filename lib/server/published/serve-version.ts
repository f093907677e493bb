import "server-only";
import { etagOf, notModified } from "../../publish/etag";
import { envelopeJson, type VersionRef } from "./published";

/**
 * One version for an agent system, with an ETag: a matching If-None-Match gets 304 without the
 * document being read. The live pointer can move, so "live" is revalidated on every use; a
 * numbered version never changes and may be kept for a year.
 */
export function serveVersion(request: Request, ref: VersionRef, kind: "live" | "pinned"): Response {
  const etag = etagOf(ref.version, ref.contentHash);
  const headers: Record<string, string> = {
    etag,
    "cache-control": kind === "live" ? "private, no-cache" : "private, max-age=31536000, immutable",
    "x-huaben-version": String(ref.version),
  };
  if (notModified(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(envelopeJson(ref), { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
}
