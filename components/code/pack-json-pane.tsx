"use client";

import type * as Monaco from "monaco-editor";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLocale } from "use-intl";
import { JSON_EDITOR } from "./editor-metrics";
import { codeFontFamily } from "./fonts";
import { loadMonaco } from "./monaco-loader";
import { attachPackSchema } from "./pack-json-schema";
import { replaceText } from "./replace-text";

/** What the pack editor's owner can do with the text. Offsets are UTF-16 offsets. */
export type PackEditorHandle = {
  select(offset: number, length: number): void;
  focus(): void;
};

export type PackJsonPaneProps = {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  visible: boolean;
  onHandle: (handle: PackEditorHandle | null) => void;
  /** Ctrl/Cmd+S inside the editor. */
  onSaveShortcut: () => void;
  onReady: () => void;
  onFailed: (error: unknown) => void;
};

let modelCount = 0;

/** Monaco on a rule pack's JSON, with the rule-pack schema for completion, hovers and squiggles. */
export function PackJsonPane(props: PackJsonPaneProps) {
  const uiLocale = useLocale();
  const hostRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  // The text last reported through onChange: when it comes back as `value` it is the typing
  // echoed, possibly behind newer keystrokes, and must not replace what the editor holds.
  const reported = useRef(props.value);

  const initial = useEffectEvent(() => ({ value: props.value, ariaLabel: props.ariaLabel, uiLocale }));
  const changed = useEffectEvent((text: string) => {
    reported.current = text;
    if (text !== props.value) props.onChange(text);
  });
  const created = useEffectEvent((target: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel) => {
    setEditor(target);
    props.onHandle({
      select(offset, length) {
        const from = model.getPositionAt(offset);
        const to = model.getPositionAt(offset + length);
        const range = { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
        target.setSelection(range);
        target.revealRangeInCenterIfOutsideViewport(range);
        target.focus();
      },
      focus: () => target.focus(),
    });
    props.onReady();
  });
  const saveShortcut = useEffectEvent(() => props.onSaveShortcut());
  const failed = useEffectEvent((error: unknown) => props.onFailed(error));
  const dropHandle = useEffectEvent(() => props.onHandle(null));

  useEffect(() => {
    let disposed = false;
    const disposables: { dispose(): void }[] = [];
    loadMonaco(initial().uiLocale).then(
      ({ monaco, jsonDefaults }) => {
        const host = hostRef.current;
        if (disposed || !host) return;
        const { value, ariaLabel } = initial();
        const uri = monaco.Uri.from({ scheme: "inmemory", authority: "huaben", path: `/rule-pack-${++modelCount}.json` });
        const model = monaco.editor.createModel(value, "json", uri);
        model.updateOptions({ tabSize: 2, insertSpaces: true });
        const detachSchema = attachPackSchema(jsonDefaults, uri.toString());
        const target = monaco.editor.create(host, { model, ariaLabel, fontFamily: codeFontFamily(), ...OPTIONS });
        disposables.push(
          model.onDidChangeContent(() => changed(model.getValue())),
          target.onKeyDown((e) => {
            if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.keyCode === monaco.KeyCode.KeyS) {
              e.preventDefault();
              e.stopPropagation();
              saveShortcut();
            }
          }),
          {
            dispose() {
              dropHandle();
              detachSchema();
              target.dispose();
              model.dispose();
            },
          },
        );
        created(target, model);
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

  // Text from outside (an imported file) replaces the editor's as one undoable edit.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || props.value === reported.current || model.getValue() === props.value) return;
    replaceText(editor, model, props.value, "huaben.pack");
    editor.setScrollTop(0);
    editor.setScrollLeft(0);
  }, [editor, props.value]);

  useEffect(() => {
    editor?.updateOptions({ ariaLabel: props.ariaLabel });
  }, [editor, props.ariaLabel]);

  return <div ref={hostRef} className={props.visible ? "h-full" : "invisible absolute inset-0"} />;
}

const OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  fontSize: JSON_EDITOR.fontSize,
  lineHeight: JSON_EDITOR.lineHeight,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  folding: true,
  wordWrap: "off",
  renderLineHighlight: "line",
  fixedOverflowWidgets: true,
  automaticLayout: true,
  contextmenu: true,
  formatOnPaste: false,
  // Chinese text in strings is not a spoofing attempt: no boxes around full-width punctuation.
  unicodeHighlight: { ambiguousCharacters: false },
};
