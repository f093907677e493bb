"use client";

import type * as Monaco from "monaco-editor";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { SPOKEN, spokenHeight } from "./editor-metrics";
import { spokenFontFamily } from "./fonts";
import { loadMonaco, type MonacoApi } from "./monaco-loader";
import { replaceText } from "./replace-text";
import { SPOKEN_LANGUAGE_ID, ensureSpokenLanguage, forgetModelVariables, setModelVariables } from "./spoken-language";
import { markPlaceholders } from "./spoken-placeholders";
import { ensureQuickFixes, forgetProblems, setQuickFixTitles, showProblems } from "./spoken-problems";
import type { SpokenTextEditorProps } from "./spoken-text-editor";

type Props = SpokenTextEditorProps & {
  /** False while the placeholder is still shown: the editor lays itself out unseen underneath. */
  visible: boolean;
  onReady: () => void;
  onFailed: (error: unknown) => void;
};

type Session = {
  monaco: MonacoApi;
  editor: Monaco.editor.IStandaloneCodeEditor;
  model: Monaco.editor.ITextModel;
  decorations: Monaco.editor.IEditorDecorationsCollection;
};

/** How many of its own reported values an editor remembers (see followValue). */
const MAX_ECHOES = 50;

let modelCount = 0;

export function SpokenTextMonaco(props: Props) {
  const uiLocale = useLocale();
  const tFix = useTranslations("lint.quickFix");
  const hostRef = useRef<HTMLDivElement>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [height, setHeight] = useState<number | null>(null);
  // Typing state that must not cause renders: read and written by Monaco's event handlers.
  const sync = useRef({
    composing: false,
    applyingOutside: false,
    /** The last `value` prop looked at. */
    seenValue: props.value,
    /** The text last reported through onChange or taken from `value`. */
    lastText: props.value,
    /** Texts reported through onChange that `value` has not caught up with yet, oldest first. */
    echoes: [] as string[],
  });

  const reportText = useEffectEvent((text: string) => {
    const s = sync.current;
    if (text === s.lastText) return;
    s.lastText = text;
    s.echoes.push(text);
    if (s.echoes.length > MAX_ECHOES) s.echoes.shift();
    props.onChange(text);
  });

  const remark = useEffectEvent((current: Session) => {
    markPlaceholders(current.monaco, current.model, current.decorations, props.variables);
  });

  /**
   * Takes a new `value` into the model when it came from outside (undo, redo, another field).
   * Our own typing comes back as `value` too, sometimes late; taking that in would move the caret
   * or drop what was typed since, so values this editor reported are recognised and skipped.
   */
  const followValue = useEffectEvent((current: Session) => {
    const s = sync.current;
    // Replacing text under an open IME composition would cancel it or garble the characters;
    // compositionEnd calls us again.
    if (s.composing) return;
    const value = props.value;
    if (value === s.seenValue) return;
    s.seenValue = value;
    if (value === current.model.getValue()) {
      s.lastText = value;
      s.echoes = [];
      return;
    }
    if (s.echoes.includes(value)) return;
    s.echoes = [];
    s.lastText = value;
    s.applyingOutside = true;
    try {
      replaceText(current.editor, current.model, value, "huaben.outside");
    } finally {
      s.applyingOutside = false;
    }
  });

  /** The props as they are when Monaco has arrived (the download may outlast several renders). */
  const initial = useEffectEvent(() => ({ ...props, uiLocale }));
  const created = useEffectEvent((current: Session) => {
    setHeight(spokenHeight(current.editor.getContentHeight()));
    setSession(current);
    props.onReady();
  });
  const failed = useEffectEvent((error: unknown) => props.onFailed(error));

  // Create the editor once; later prop changes update it in place (effects below).
  useEffect(() => {
    let disposed = false;
    // Monaco's disposables, released in reverse order on unmount.
    const disposables: { dispose(): void }[] = [];
    loadMonaco(initial().uiLocale).then(
      ({ monaco }) => {
        const host = hostRef.current;
        if (disposed || !host) return;
        const now = initial();
        ensureSpokenLanguage(monaco);
        ensureQuickFixes(monaco);
        const uri = monaco.Uri.from({ scheme: "inmemory", authority: "huaben", path: `/spoken/${++modelCount}.txt` });
        const model = monaco.editor.createModel(now.value, SPOKEN_LANGUAGE_ID, uri);
        setModelVariables(model, now.variables);
        const editor = monaco.editor.create(host, {
          model,
          ariaLabel: now.ariaLabel,
          fontFamily: spokenFontFamily(now.locale),
          ...SPOKEN_OPTIONS,
        });
        const current: Session = { monaco, editor, model, decorations: editor.createDecorationsCollection() };
        const s = sync.current;
        s.seenValue = now.value;
        s.lastText = model.getValue();
        disposables.push(
          model.onDidChangeContent(() => {
            if (s.composing) return;
            remark(current);
            if (!s.applyingOutside) reportText(model.getValue());
          }),
          editor.onDidCompositionStart(() => {
            s.composing = true;
          }),
          editor.onDidCompositionEnd(() => {
            s.composing = false;
            remark(current);
            reportText(model.getValue());
            followValue(current);
          }),
          editor.onDidContentSizeChange((e) => {
            if (e.contentHeightChanged) setHeight(spokenHeight(e.contentHeight));
          }),
          {
            dispose() {
              forgetModelVariables(model);
              forgetProblems(model);
              editor.dispose();
              model.dispose();
            },
          },
        );
        remark(current);
        created(current);
      },
      (error: unknown) => {
        if (!disposed) failed(error);
      },
    );
    return () => {
      disposed = true;
      for (const disposable of disposables.reverse()) disposable.dispose();
    };
  }, []);

  useEffect(() => {
    if (session) followValue(session);
  }, [session, props.value]);

  useEffect(() => {
    if (!session) return;
    setModelVariables(session.model, props.variables);
    remark(session);
  }, [session, props.variables]);

  useEffect(() => {
    setQuickFixTitles({
      fix: (text) => tFix("fix", { text }),
      rewrite: (text) => tFix("rewrite", { text }),
      insert: (text) => tFix("insert", { text }),
    });
  }, [tFix]);

  useEffect(() => {
    if (session) showProblems(session.monaco, session.model, props.problems?.text ?? session.model.getValue(), props.problems?.items ?? []);
  }, [session, props.problems]);

  // Only a new request (a new key) moves the selection; the same request on a re-render does not.
  const showRange = useEffectEvent((current: Session) => {
    const reveal = props.reveal;
    if (!reveal) return;
    const from = current.model.getPositionAt(reveal.start);
    const to = current.model.getPositionAt(reveal.end);
    const range = new current.monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
    current.editor.setSelection(range);
    current.editor.revealRangeInCenterIfOutsideViewport(range);
    current.editor.focus();
  });
  const revealKey = props.reveal?.key;
  useEffect(() => {
    if (session && revealKey !== undefined) showRange(session);
  }, [session, revealKey]);

  useEffect(() => {
    session?.editor.updateOptions({ ariaLabel: props.ariaLabel, fontFamily: spokenFontFamily(props.locale) });
  }, [session, props.ariaLabel, props.locale]);

  // The id belongs on the element that takes the focus, so that `<label htmlFor>` and
  // aria-describedby/-labelledby written against it keep working. Monaco's input is a <div>
  // (EditContext) that a label cannot focus by itself, hence the click handler.
  useEffect(() => {
    const id = props.id;
    if (!session || !id) return;
    const input = session.editor.getDomNode()?.querySelector<HTMLElement>(".native-edit-context, textarea.inputarea");
    if (!input) return;
    input.id = id;
    const labels = [...document.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`)];
    const focus = (event: MouseEvent) => {
      event.preventDefault();
      session.editor.focus();
    };
    for (const label of labels) label.addEventListener("click", focus);
    return () => {
      input.removeAttribute("id");
      for (const label of labels) label.removeEventListener("click", focus);
    };
  }, [session, props.id]);

  return (
    <div
      ref={hostRef}
      className={props.visible ? "relative" : "invisible absolute inset-0"}
      style={props.visible && height !== null ? { height } : undefined}
    />
  );
}

const SPOKEN_OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  // Prose, not code: wrap at the edge of the box. The "advanced" strategy measures the real
  // (proportional, CJK) glyphs and lets the browser pick break points, so Chinese breaks between
  // any two characters while 「，。」 never start a line. wordBreak stays "normal": "keepAll" would
  // forbid breaks inside runs of Chinese characters, i.e. almost everywhere in a Chinese sentence.
  wordWrap: "on",
  wrappingStrategy: "advanced",
  wordBreak: "normal",
  wrappingIndent: "none",
  disableMonospaceOptimizations: true,
  fontSize: SPOKEN.fontSize,
  lineHeight: SPOKEN.lineHeight,
  padding: { top: SPOKEN.paddingBlock, bottom: SPOKEN.paddingBlock },
  lineDecorationsWidth: SPOKEN.paddingLeft,
  lineNumbers: "off",
  glyphMargin: false,
  folding: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  scrollbar: {
    vertical: "auto",
    horizontal: "hidden",
    verticalScrollbarSize: SPOKEN.paddingRight,
    // Let the inspector scroll when the wheel reaches the end of a short text.
    alwaysConsumeMouseWheel: false,
  },
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  renderLineHighlight: "none",
  occurrencesHighlight: "off",
  selectionHighlight: false,
  matchBrackets: "never",
  guides: { indentation: false },
  renderWhitespace: "none",
  links: false,
  emptySelectionClipboard: false,
  // Monaco comes with all its features (see monaco-runtime.ts): switch off those that do not suit
  // prose. The unicode highlighter in particular would box Chinese punctuation as "ambiguous".
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  stickyScroll: { enabled: false },
  codeLens: false,
  inlayHints: { enabled: "off" },
  colorDecorators: false,
  inlineSuggest: { enabled: false },
  // A form field: Tab and Shift+Tab move through the inspector instead of inserting a tab.
  tabFocusMode: true,
  // Completion only for {{variables}}: no word lists from the text, no snippets.
  quickSuggestions: false,
  wordBasedSuggestions: "off",
  suggestOnTriggerCharacters: true,
  snippetSuggestions: "none",
  suggest: { showWords: false, showSnippets: false },
  // The inspector is a narrow scrolling panel: let the suggestion list and hovers overflow it.
  fixedOverflowWidgets: true,
  automaticLayout: true,
  contextmenu: true,
};
