"use client";

import type * as Monaco from "monaco-editor";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLocale } from "use-intl";
import { mountJsonEditor, selectInJson } from "./mount-json-editor";
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
      select: (offset, length) => selectInJson(target, model, offset, length),
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
        const mounted = mountJsonEditor(monaco, jsonDefaults, host, {
          name: "rule-pack",
          text: value,
          ariaLabel,
          attachSchema: attachPackSchema,
          onChange: (model) => changed(model.getValue()),
          onSaveKey: saveShortcut,
        });
        const { editor: target, model } = mounted;
        disposables.push({
          dispose() {
            dropHandle();
            mounted.dispose();
          },
        });
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
