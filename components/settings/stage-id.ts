import { slugify, uniqueSlug } from "@/lib/library/slug";

// Characters slugify turns into something: ASCII letters and digits, and Chinese (as pinyin).
const SPELLABLE = /[A-Za-z0-9\u4e00-\u9fff]/;

/**
 * A new stage's id, derived from its name and free in the script: "主题介绍" → "zhu-ti-jie-shao",
 * "Pitch" → "pitch" (then "pitch-2"…). A name with nothing spellable gets "stage-N".
 * Ids are stable: renaming the stage later keeps the id, so elements keep pointing at it.
 */
export function stageIdFromName(name: string, takenIds: readonly string[]): string {
  const taken = new Set(takenIds);
  if (SPELLABLE.test(name)) return uniqueSlug(slugify(name), (id) => taken.has(id));
  let n = takenIds.length + 1;
  while (taken.has(`stage-${n}`)) n++;
  return `stage-${n}`;
}
