import "server-only";
import { bearerToken } from "../../access/api-token";
import { can } from "../../access/principal";
import { getDb } from "../../db/client";
import { liveVersionOf, pinnedVersionOf } from "../../db/runtime-reads";
import { tokenPrincipal } from "../access/tokens";
import { versionAnswer, type VersionAnswer } from "./version-response";

const ROUTE = /^\/api\/v1\/published\/([^/?]+)(?:\/versions\/([1-9][0-9]{0,8}))?$/;

/**
 * The runtime API's hot reads (an agent system with a token fetching a live or numbered version),
 * answered before the request reaches Next: bin/server.ts calls this first. Everything else, and
 * every failure (no token, unknown script, bad version), returns null and goes to the route
 * handler, which answers with the same rules and the full error body in the caller's language.
 */
export function fastPublished(method: string, path: string, authorization: string | null, ifNoneMatch: string | null): VersionAnswer | null {
  if (method !== "GET") return null;
  const match = ROUTE.exec(path);
  const token = bearerToken(authorization);
  if (!match || !token) return null;
  const principal = tokenPrincipal(token);
  if (!can(principal, "published.read")) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const db = getDb();
  const ref = match[2] === undefined ? liveVersionOf(db, slug) : pinnedVersionOf(db, slug, Number(match[2]));
  return ref ? versionAnswer(ref, match[2] === undefined ? "live" : "pinned", ifNoneMatch) : null;
}
