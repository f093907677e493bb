"use client";

import { useState } from "react";
import { reconcile, sameValue, type Parsed } from "./draft-state";

/**
 * What a field shows while the designer types, tied to the document value it edits.
 *
 * Valid text is committed at once (no save button; autosave persists); invalid text stays in the
 * field with its error and never reaches the store. When the document value changes from outside
 * the field follows it (see `reconcile`).
 */
export function useDraft<D, V, E>(options: {
  value: V;
  format: (value: V) => D;
  parse: (draft: D) => Parsed<V, E>;
  commit: (value: V) => void;
}): { draft: D; error: E | null; change: (draft: D) => void } {
  const { value, format, parse, commit } = options;
  const [state, setState] = useState(() => ({ draft: format(value), seen: value }));
  const current = reconcile(state, value, format, parse);
  // Adjusting state while rendering: React's pattern for state that follows a changed prop.
  if (current !== state) setState(current);
  const parsed = parse(current.draft);
  // Only text the designer typed is judged: what the document already holds passed the schema,
  // and a fresh, still empty answer should not greet the designer with an error.
  const untouched = sameValue(current.draft, format(value));
  return {
    draft: current.draft,
    error: parsed.ok || untouched ? null : parsed.error,
    change(draft) {
      setState((s) => ({ ...s, draft }));
      const next = parse(draft);
      if (next.ok && !sameValue(next.value, value)) commit(next.value);
    },
  };
}
