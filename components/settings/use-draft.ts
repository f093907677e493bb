"use client";

import { useState } from "react";
import { followDocument, sameJson } from "./draft-sync";
import type { Parsed, SettingsError } from "./parsed";

export type Draft<D> = {
  draft: D;
  error: SettingsError | null;
  /** Whether the input is valid and says something the document does not (yet). */
  pending: boolean;
  /** Takes new input; commits it at once when it is valid, unless the field commits on `commit()`. */
  change: (next: D) => void;
  /** Commits the input if it is valid and differs from the document. */
  commit: () => void;
  /** Forgets the input and shows the document's value again. */
  reset: () => void;
};

/**
 * A field's input, kept apart from the document so that invalid input stays on screen (with its
 * error) without reaching the store. When the document changes from outside (undo, redo, another
 * panel) the field shows the new value; when the change is the field's own commit, what the user
 * typed stays as typed ("40.0" is not rewritten to "40" under their cursor).
 */
export function useDraft<D, V>(
  value: V,
  toDraft: (value: V) => D,
  parse: (draft: D) => Parsed<V>,
  onCommit: (value: V) => void,
  options: { commitOnChange?: boolean } = {},
): Draft<D> {
  const [draft, setDraft] = useState(() => toDraft(value));
  const [seen, setSeen] = useState(value);
  let current = draft;
  if (!sameJson(seen, value)) {
    // Adjusting state while rendering (React's "value from the previous render" pattern).
    setSeen(value);
    current = followDocument(draft, value, parse, toDraft);
    if (current !== draft) setDraft(current);
  }
  const parsed = parse(current);
  const commitParsed = (result: Parsed<V>) => {
    if (result.ok && !sameJson(result.value, value)) onCommit(result.value);
  };
  return {
    draft: current,
    error: parsed.ok ? null : parsed.error,
    pending: parsed.ok && !sameJson(parsed.value, value),
    change(next) {
      setDraft(next);
      if (options.commitOnChange ?? true) commitParsed(parse(next));
    },
    commit() {
      commitParsed(parsed);
    },
    reset() {
      setDraft(toDraft(value));
    },
  };
}
