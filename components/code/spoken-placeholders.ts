// Highlights the {{variable}} placeholders of a spoken text and marks the ones naming no variable of
// the script (a warning squiggle with a hover message, like any other Monaco marker).
import type * as Monaco from "monaco-editor";
import { placeholdersIn } from "@/lib/script/text-variables";
import type { SpokenVariable } from "./spoken-language";
import styles from "./spoken-placeholders.module.css";

const MARKER_OWNER = "huaben-variables";

export function markPlaceholders(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  decorations: Monaco.editor.IEditorDecorationsCollection,
  variables: readonly SpokenVariable[],
  unknownMessage: (name: string) => string,
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
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    found
      .filter((p) => !known.has(p.name))
      .map((p) => ({ ...rangeOf(p.start, p.end), severity: monaco.MarkerSeverity.Warning, message: unknownMessage(p.name) })),
  );
}
