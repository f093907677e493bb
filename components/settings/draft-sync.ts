import type { Parsed } from "./parsed";

export const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * What a field shows after the document's value changed under it: the user's own input when it
 * already says the new value (the change was the field's own commit: "40.0" stays "40.0"), the
 * document's value otherwise (undo, redo, an edit from another panel).
 */
export function followDocument<D, V>(draft: D, value: V, parse: (draft: D) => Parsed<V>, toDraft: (value: V) => D): D {
  const mine = parse(draft);
  return mine.ok && sameJson(mine.value, value) ? draft : toDraft(value);
}
