import type { DiffPart } from "../publish/text-diff";

// The copy review draws an element's words as diff parts (kept, added, removed). A reviewer quotes
// words by selecting them on the page; the quote must be the candidate's own words, so positions
// on the page are mapped back to offsets in the candidate's text, where removed words take no room.

/** A drawn part and the offset in the candidate's text where it starts. */
export type PlacedPart = DiffPart & { at: number };

/** Places each part in the candidate's text; without a diff the whole text is one kept part. */
export function placeParts(text: string, parts: readonly DiffPart[] | null): PlacedPart[] {
  const list = parts ?? (text ? [{ kind: "same" as const, text }] : []);
  let at = 0;
  return list.map((part) => {
    const placed = { ...part, at };
    if (part.kind !== "removed") at += part.text.length;
    return placed;
  });
}

/**
 * The offset in the candidate's text of a position inside a drawn part. Removed words are not in
 * the candidate, so any position inside them is the point where they were removed.
 */
export function offsetIn(part: Pick<PlacedPart, "kind" | "at" | "text">, offsetInPart: number): number {
  if (part.kind === "removed") return part.at;
  return part.at + Math.max(0, Math.min(offsetInPart, part.text.length));
}

/** The candidate's words between two offsets (in either order), trimmed; null when there are none. */
export function quoteBetween(text: string, a: number, b: number): string | null {
  const start = Math.max(0, Math.min(a, b));
  const end = Math.min(text.length, Math.max(a, b));
  const quote = text.slice(start, end).trim();
  return quote ? quote : null;
}
