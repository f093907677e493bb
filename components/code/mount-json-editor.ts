// The JSON editors (the script's JSON view, the rule-pack editor) share everything but their
// schema and what they do with the text: one model with two-space indents and the schema attached,
// one editor with the options below, Ctrl/Cmd+S kept from the browser and handed to the owner.
import type * as Monaco from "monaco-editor";
import { JSON_EDITOR } from "./editor-metrics";
import { codeFontFamily } from "./fonts";
import type { MonacoApi } from "./monaco-loader";

type JsonDefaults = Monaco.json.LanguageServiceDefaults;

export type MountedJsonEditor = { editor: Monaco.editor.IStandaloneCodeEditor; model: Monaco.editor.ITextModel; dispose(): void };

let modelCount = 0;

export function mountJsonEditor(
  monaco: MonacoApi,
  jsonDefaults: JsonDefaults,
  host: HTMLElement,
  args: {
    /** Names the in-memory model, e.g. "script" or "rule-pack". */
    name: string;
    text: string;
    ariaLabel: string;
    attachSchema: (defaults: JsonDefaults, modelUri: string) => () => void;
    onChange: (model: Monaco.editor.ITextModel) => void;
    onSaveKey: () => void;
  },
): MountedJsonEditor {
  const uri = monaco.Uri.from({ scheme: "inmemory", authority: "huaben", path: `/${args.name}-${++modelCount}.json` });
  const model = monaco.editor.createModel(args.text, "json", uri);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  const detachSchema = args.attachSchema(jsonDefaults, uri.toString());
  const editor = monaco.editor.create(host, { model, ariaLabel: args.ariaLabel, fontFamily: codeFontFamily(), ...JSON_OPTIONS });
  const listeners = [
    model.onDidChangeContent(() => args.onChange(model)),
    editor.onKeyDown((e) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.keyCode === monaco.KeyCode.KeyS) {
        // Not the browser's "Save page", nor the editor page's own shortcut.
        e.preventDefault();
        e.stopPropagation();
        args.onSaveKey();
      }
    }),
  ];
  return {
    editor,
    model,
    dispose() {
      for (const listener of listeners) listener.dispose();
      detachSchema();
      editor.dispose();
      model.dispose();
    },
  };
}

/** Selects `length` UTF-16 units from `offset` and brings them into view (an error's location). */
export function selectInJson(editor: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel, offset: number, length: number): void {
  const from = model.getPositionAt(offset);
  const to = model.getPositionAt(offset + length);
  const range = { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
  editor.setSelection(range);
  editor.revealRangeInCenterIfOutsideViewport(range);
  editor.focus();
}

const JSON_OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  fontSize: JSON_EDITOR.fontSize,
  lineHeight: JSON_EDITOR.lineHeight,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  folding: true,
  wordWrap: "off",
  renderLineHighlight: "line",
  // Hovers and the completion list may reach past the panel's edges.
  fixedOverflowWidgets: true,
  automaticLayout: true,
  contextmenu: true,
  formatOnPaste: false,
  // Chinese text in strings is not a spoofing attempt: no boxes around full-width punctuation.
  unicodeHighlight: { ambiguousCharacters: false },
};
