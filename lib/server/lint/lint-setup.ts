import "server-only";
import { getDb } from "../../db/client";
import { listCustomPacks, readLintSettings } from "../../db/lint-repo";
import { BUILTIN_PACKS } from "../../lint/builtin-packs";
import type { LintSetup } from "../../lint/engine";
import type { RulePack } from "../../lint/pack-schema";
import type { WorkspaceLintSettings } from "../../lint/workspace-settings";

/** What the editor lints with besides the built-in packs it already has: custom packs and settings. */
export function lintSetup(): { packs: RulePack[]; workspace: WorkspaceLintSettings } {
  const db = getDb();
  return { packs: listCustomPacks(db).map((c) => c.pack), workspace: readLintSettings(db) };
}

/** The full setup the server lints with: the same packs and settings the editor uses. */
export function serverLintSetup(messageLocale: LintSetup["messageLocale"]): LintSetup {
  const { packs, workspace } = lintSetup();
  return { packs: [...BUILTIN_PACKS, ...packs], workspace, messageLocale };
}
