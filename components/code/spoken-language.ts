// The "spoken text" language: plain prose whose {{variable}} placeholders complete from the script's
// variables. Monaco's providers are global per language, while every editor instance edits a
// different element (and the inspector may show several), so the variables are kept per model URI.
import type * as Monaco from "monaco-editor";

export const SPOKEN_LANGUAGE_ID = "huaben-spoken";

export type SpokenVariable = { name: string; label: string };

const variablesByModel = new Map<string, readonly SpokenVariable[]>();

export function setModelVariables(model: Monaco.editor.ITextModel, variables: readonly SpokenVariable[]): void {
  variablesByModel.set(model.uri.toString(), variables);
}

export function forgetModelVariables(model: Monaco.editor.ITextModel): void {
  variablesByModel.delete(model.uri.toString());
}

// The same characters lib/script/text-variables.ts accepts in a placeholder name.
const NAME_CHAR = "A-Za-z0-9_\\u4e00-\\u9fff";
/** "{{" and a partly typed name right before the cursor. */
const OPEN_BEFORE_CURSOR = new RegExp(`\\{\\{\\s*([${NAME_CHAR}]*)$`);
/** The rest of a name and its "}}" right after the cursor, when editing inside a placeholder. */
const CLOSE_AFTER_CURSOR = new RegExp(`^[${NAME_CHAR}]*\\s*\\}\\}`);

let registered = false;

/** Registers the language and its completion once per page (Monaco's registries are global). */
export function ensureSpokenLanguage(monaco: typeof Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: SPOKEN_LANGUAGE_ID });
  monaco.languages.registerCompletionItemProvider(SPOKEN_LANGUAGE_ID, {
    triggerCharacters: ["{"],
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const open = OPEN_BEFORE_CURSOR.exec(line.slice(0, position.column - 1));
      if (!open) return { suggestions: [] };
      const typed = open[1] ?? "";
      const close = CLOSE_AFTER_CURSOR.exec(line.slice(position.column - 1));
      // Inside an existing "{{na|me}}" the choice replaces the whole name and keeps one "}}".
      const range = new monaco.Range(
        position.lineNumber,
        position.column - typed.length,
        position.lineNumber,
        position.column + (close ? close[0].length : 0),
      );
      const variables = variablesByModel.get(model.uri.toString()) ?? [];
      return {
        suggestions: variables.map((variable, index) => ({
          // The label shows on every row (description); detail repeats it for the focused one.
          label: { label: variable.name, description: variable.label || undefined },
          detail: variable.label || undefined,
          kind: monaco.languages.CompletionItemKind.Variable,
          insertText: `${variable.name}}}`,
          // Designers may look a variable up by its label ("客户姓名") as well as by its name.
          filterText: variable.label ? `${variable.name} ${variable.label}` : variable.name,
          // Keep the script's own order of variables rather than alphabetical.
          sortText: String(index).padStart(4, "0"),
          range,
        })),
      };
    },
  });
}
