// Puts a value from outside into a Monaco model as one undoable edit of only the changed span.
import type * as Monaco from "monaco-editor";
import { minimalChange } from "./text-diff";

export function replaceText(editor: Monaco.editor.ICodeEditor, model: Monaco.editor.ITextModel, text: string, source: string): void {
  const change = minimalChange(model.getValue(), text);
  if (!change) return;
  const from = model.getPositionAt(change.start);
  const to = model.getPositionAt(change.end);
  editor.pushUndoStop();
  editor.executeEdits(source, [
    {
      range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column },
      text: change.text,
      forceMoveMarkers: false,
    },
  ]);
  editor.pushUndoStop();
}
