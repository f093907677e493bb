import "server-only";
import { getDb } from "../../db/client";
import { findScript } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { AppError } from "../errors";

/** The script with this id or slug, or a not-found failure. */
export function getScript(idOrSlug: string): ScriptRecord {
  const record = findScript(getDb(), idOrSlug);
  if (!record) throw new AppError("not-found");
  return record;
}

export function findScriptOrNull(idOrSlug: string): ScriptRecord | null {
  return findScript(getDb(), idOrSlug) ?? null;
}
