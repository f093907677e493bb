// The smallest single replacement turning one text into another. Replacing only what changed,
// rather than the whole text, lets Monaco keep the cursor, the selection and the scroll position
// when a value arrives from outside (undo/redo elsewhere, a re-formatted document).

export type TextChange = { start: number; end: number; text: string };

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Offsets are UTF-16 code units of `before`, as Monaco's `getPositionAt` expects; null when equal. */
export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never cut an emoji or a rare CJK character (a surrogate pair) in half.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}
