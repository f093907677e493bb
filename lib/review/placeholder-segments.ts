import { placeholdersIn } from "../script/text-variables";
import type { PlacedPart } from "./quote";

// The copy review draws {{variable}} placeholders apart from the words around them, so a reviewer
// reads "{{customerTitle}}" as a slot the agent fills, not as copy. A diff part may hold words and
// placeholders; it is cut into runs of either, each keeping its offset in the candidate's text.

export type Segment = { text: string; at: number; placeholder: boolean };

/**
 * Cuts a drawn part at the placeholders that lie wholly inside it. Kept and added words are cut by
 * the placeholders of the candidate's text (`text`); removed words by their own, and every run of
 * them stays at the part's offset (they take no room in the candidate).
 */
export function placeholderSegments(part: PlacedPart, text: string): Segment[] {
  const removed = part.kind === "removed";
  const base = removed ? 0 : part.at;
  const end = base + part.text.length;
  const source = removed ? part.text : text;
  const inside = placeholdersIn(source).filter((p) => p.start >= base && p.end <= end);
  const segments: Segment[] = [];
  let cursor = base;
  const push = (from: number, to: number, placeholder: boolean) => {
    if (to > from) segments.push({ text: source.slice(from, to), at: removed ? part.at : from, placeholder });
  };
  for (const p of inside) {
    push(cursor, p.start, false);
    push(p.start, p.end, true);
    cursor = p.end;
  }
  push(cursor, end, false);
  return segments;
}
