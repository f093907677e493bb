/** Input read as a document value, or why it cannot be (`E`: the caller's error codes). */
export type Parsed<V, E> = { ok: true; value: V } | { ok: false; error: E };

/** A field's text and the document value it was last reconciled with. */
export type DraftState<D, V> = { draft: D; seen: V };

/** Same document value: by identity for scalars, by content for lists. */
export function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * The field's state once the document holds `value`. When the document changed from outside
 * (undo, redo, a paste) the field shows the new value, unless its text already reads as that
 * value: that is the field's own commit coming back, and replacing the text then would move the
 * caret or drop a trailing space the designer just typed. Returns `state` itself when unchanged.
 */
export function reconcile<D, V, E>(state: DraftState<D, V>, value: V, format: (value: V) => D, parse: (draft: D) => Parsed<V, E>): DraftState<D, V> {
  if (sameValue(state.seen, value)) return state;
  const parsed = parse(state.draft);
  return { draft: parsed.ok && sameValue(parsed.value, value) ? state.draft : format(value), seen: value };
}
