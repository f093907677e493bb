import "server-only";
import { getDb } from "../../db/client";
import { listCustomPacks, readLintSettings, type CustomPack } from "../../db/lint-repo";
import { BUILTIN_PACKS } from "../../lint/builtin-packs";
import type { RulePack } from "../../lint/pack-schema";

export type RulePacks = { builtin: readonly RulePack[]; custom: CustomPack[]; disabled: string[] };

/** Every pack the workspace knows, and which of them its settings turn off. */
export function listPacks(): RulePacks {
  const db = getDb();
  return { builtin: BUILTIN_PACKS, custom: listCustomPacks(db), disabled: readLintSettings(db).disabledPacks ?? [] };
}
