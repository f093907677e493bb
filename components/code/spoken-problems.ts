// Lint findings on a spoken text as Monaco markers, with their fix and rewrites as quick fixes
// (the light bulb, Ctrl+.). Like the variables, findings are kept per model: Monaco's code-action
// providers are global per language while each editor edits a different element.
import type * as Monaco from "monaco-editor";
import { SPOKEN_LANGUAGE_ID } from "./spoken-language";
import type { SpokenEdit, SpokenProblem } from "./spoken-problem";


export type QuickFixTitles = { fix(text: string): string; rewrite(text: string): string; insert(text: string): string };

const MARKER_OWNER = "huaben-lint";
const problemsByModel = new Map<string, readonly SpokenProblem[]>();
let titles: QuickFixTitles = { fix: (t) => t, rewrite: (t) => t, insert: (t) => t };
let registered = false;

export function setQuickFixTitles(next: QuickFixTitles): void {
  titles = next;
}

/** Shows findings computed for `text`; when the model holds other words by now, it waits for new ones. */
export function showProblems(monaco: typeof Monaco, model: Monaco.editor.ITextModel, text: string, problems: readonly SpokenProblem[]): void {
  if (model.getValue() !== text) return;
  problemsByModel.set(model.uri.toString(), problems);
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    problems.map((p) => {
      // An empty range (a missing greeting) still needs one character to carry the squiggle.
      const range = rangeOf(monaco, model, p.start, Math.max(p.end, Math.min(p.start + 1, text.length)));
      return { ...range, severity: severity[p.severity], message: p.message, code: p.ruleId, source: "Huaben" };
    }),
  );
}

export function forgetProblems(model: Monaco.editor.ITextModel): void {
  problemsByModel.delete(model.uri.toString());
}

/** Registers the quick-fix provider once per page. */
export function ensureQuickFixes(monaco: typeof Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider(SPOKEN_LANGUAGE_ID, {
    provideCodeActions(model, range) {
      const problems = problemsByModel.get(model.uri.toString()) ?? [];
      const from = model.getOffsetAt(range.getStartPosition());
      const to = model.getOffsetAt(range.getEndPosition());
      const actions: Monaco.languages.CodeAction[] = [];
      for (const p of problems) {
        if (p.end < from || p.start > to) continue;
        const edit = (e: SpokenEdit, title: string, preferred: boolean): Monaco.languages.CodeAction => ({
          title,
          kind: "quickfix",
          isPreferred: preferred,
          diagnostics: [],
          edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: rangeOf(monaco, model, e.start, e.end), text: e.text } }] },
        });
        if (p.fix) actions.push(edit(p.fix, titles.fix(p.fix.text), true));
        for (const s of p.suggestions ?? []) actions.push(edit(s, s.start === s.end ? titles.insert(s.text) : titles.rewrite(s.text), false));
      }
      return { actions, dispose: () => undefined };
    },
  });
}

function rangeOf(monaco: typeof Monaco, model: Monaco.editor.ITextModel, start: number, end: number) {
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
}
