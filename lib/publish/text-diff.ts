import { diffArrays } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Diffed by user-perceived character (grapheme), not UTF-16 unit: a Chinese character, an emoji
// or a letter with its accent is one unit, so a change never splits one in half.
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The character-level difference from `before` to `after`, runs of equal kind merged. */
export function textDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(graphemes(before), graphemes(after))) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const text = change.value.join("");
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  }
  return parts;
}

/** Whether a diff changes anything. */
export function changes(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}
