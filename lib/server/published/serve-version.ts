import "server-only";
import type { VersionRef } from "./published";
import { versionAnswer, type VersionKind } from "./version-response";

/** One version for an agent system from a route handler: ETag, 304, Cache-Control (version-response.ts). */
export function serveVersion(request: Request, ref: VersionRef, kind: VersionKind): Response {
  const answer = versionAnswer(ref, kind, request.headers.get("if-none-match"));
  return new Response(answer.body === null ? null : new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
}
