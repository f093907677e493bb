import "server-only";
import { getDb } from "../../db/client";
import { countScripts, listScripts as queryScripts } from "../../db/scripts-repo";
import type { ScriptQuery, ScriptSummary } from "../../library/records";

export function listScripts(query: ScriptQuery = {}): ScriptSummary[] {
  return queryScripts(getDb(), query);
}

/** Whether the library holds any script at all, so an empty result can say "no match" instead. */
export function hasAnyScripts(): boolean {
  return countScripts(getDb()) > 0;
}
