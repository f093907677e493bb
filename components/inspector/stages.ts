import type { ScriptDocument } from "@/lib/script/document";
import type { Stage } from "@/lib/script/parts";

/** The script's stages in reading order (the document's array order is not guaranteed). */
export function stagesInOrder(doc: Pick<ScriptDocument, "stages">): Stage[] {
  return [...doc.stages].sort((a, b) => a.order - b.order);
}

// A <select> cannot hold null, so "no stage" travels as the empty string.
export const NO_STAGE = "";
export const stageFromValue = (value: string): string | null => (value === NO_STAGE ? null : value);
