// Highlights the {{variable}} placeholders of a spoken text, the unknown ones in their own colour.
// The squiggle and message for an unknown one come from the linter (structure/undefined-variable).
import type * as Monaco from "monaco-editor";
import { placeholdersIn } from "@/lib/script/text-variables";
import type { SpokenVariable } from "./spoken-language";
import styles from "./spoken-placeholders.module.css";

export function markPlaceholders(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  decorations: Monaco.editor.IEditorDecorationsCollection,
  variables: readonly SpokenVariable[],
): void {
  const known = new Set(variables.map((v) => v.name));
  const found = placeholdersIn(model.getValue());
  const rangeOf = (start: number, end: number) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };
  decorations.set(
    found.map((p) => ({
      range: rangeOf(p.start, p.end),
      options: { inlineClassName: known.has(p.name) ? styles.placeholder : styles.placeholderUnknown },
    })),
  );
}
