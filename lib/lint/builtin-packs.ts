import structure from "./packs/structure.json";
import timing from "./packs/timing.json";
import courtesyZh from "./packs/courtesy-zh-CN.json";
import courtesyEn from "./packs/courtesy-en.json";
import { rulePackSchema, type RulePack } from "./pack-schema";

// Parsed once at load: a built-in pack that does not fit the schema (or lacks examples) fails the
// first test that imports it, long before a user sees it.
export const BUILTIN_PACKS: readonly RulePack[] = [structure, timing, courtesyZh, courtesyEn].map((p) => rulePackSchema.parse(p));

export const BUILTIN_PACK_IDS: ReadonlySet<string> = new Set(BUILTIN_PACKS.map((p) => p.id));
