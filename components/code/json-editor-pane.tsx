"use client";

import type * as Monaco from "monaco-editor";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useLocale } from "use-intl";
import { mountJsonEditor, selectInJson } from "./mount-json-editor";
import { loadMonaco } from "./monaco-loader";
import { replaceText } from "./replace-text";
import { attachScriptSchema } from "./script-json-schema";

/** What JsonView can do with the editor. Offsets are UTF-16 offsets into the text. */
export type JsonEditorHandle = {
  getText(): string;
  /** Puts the applied document's canonical text in; the document that comes back replaces it. */
  showApplied(text: string): void;
  /** Back to the current document's text (one undoable edit). */
  revert(): void;
  select(offset: number, length: number): void;
};

/** dirty: the text differs from the document; outdated: the document changed while it did. */
export type JsonEditorState = { dirty: boolean; outdated: boolean };

type Props = {
  /** The current document as formatted JSON. */
  text: string;
  ariaLabel: string;
  visible: boolean;
  onHandle: (handle: JsonEditorHandle | null) => void;
  onState: (state: JsonEditorState) => void;
  /** Ctrl/Cmd+S inside the editor. */
  onApplyShortcut: () => void;
  onReady: () => void;
  onFailed: (error: unknown) => void;
};


type Track = {
  /** The document text the editor compares against. */
  baseline: string;
  /** The baseline when the text last matched it: a different baseline now means "outdated". */
  cleanBaseline: string;
  /** Set by showApplied: the next document from outside is the one just applied. */
  expectApplied: boolean;
  applyingOutside: boolean;
  reported: JsonEditorState;
};

/** Text that is not the designer's typing: it must not count as an edit. */
function fromOutside(tr: Track, target: Monaco.editor.ICodeEditor, model: Monaco.editor.ITextModel, text: string): void {
  tr.applyingOutside = true;
  try {
    replaceText(target, model, text, "huaben.document");
    // Formatted JSON has short lines; a scroll position left over from a long unformatted line
    // would otherwise show an empty-looking editor.
    target.setScrollLeft(0);
  } finally {
    tr.applyingOutside = false;
  }
}

export function JsonEditorPane(props: Props) {
  const uiLocale = useLocale();
  const hostRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const track = useRef<Track>({
    baseline: props.text,
    cleanBaseline: props.text,
    expectApplied: false,
    applyingOutside: false,
    reported: { dirty: false, outdated: false },
  });

  const report = useEffectEvent((model: Monaco.editor.ITextModel) => {
    const tr = track.current;
    const dirty = model.getValue() !== tr.baseline;
    if (!dirty) tr.cleanBaseline = tr.baseline;
    const outdated = dirty && tr.cleanBaseline !== tr.baseline;
    if (dirty !== tr.reported.dirty || outdated !== tr.reported.outdated) {
      tr.reported = { dirty, outdated };
      props.onState(tr.reported);
    }
  });

  const initial = useEffectEvent(() => ({ text: props.text, ariaLabel: props.ariaLabel, uiLocale }));
  const created = useEffectEvent((target: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel) => {
    setEditor(target);
    props.onHandle({
      getText: () => model.getValue(),
      showApplied(text) {
        fromOutside(track.current, target, model, text);
        track.current.expectApplied = text !== track.current.baseline;
        report(model);
      },
      revert() {
        fromOutside(track.current, target, model, track.current.baseline);
        report(model);
      },
      select: (offset, length) => selectInJson(target, model, offset, length),
    });
    props.onReady();
  });
  const applyShortcut = useEffectEvent(() => props.onApplyShortcut());
  const failed = useEffectEvent((error: unknown) => props.onFailed(error));
  const dropHandle = useEffectEvent(() => props.onHandle(null));

  useEffect(() => {
    let disposed = false;
    // Monaco's disposables, released in reverse order on unmount.
    const disposables: { dispose(): void }[] = [];
    loadMonaco(initial().uiLocale).then(
      ({ monaco, jsonDefaults }) => {
        const host = hostRef.current;
        if (disposed || !host) return;
        const { text, ariaLabel } = initial();
        track.current.baseline = text;
        track.current.cleanBaseline = text;
        const mounted = mountJsonEditor(monaco, jsonDefaults, host, {
          name: "script",
          text,
          ariaLabel,
          attachSchema: attachScriptSchema,
          onChange: (model) => {
            // The designer typed after applying: whatever comes back no longer replaces the text.
            if (!track.current.applyingOutside) track.current.expectApplied = false;
            report(model);
          },
          onSaveKey: applyShortcut,
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

  // A new document: the text follows it unless the designer has unapplied edits.
  useEffect(() => {
    const model = editor?.getModel();
    const tr = track.current;
    if (!editor || !model || props.text === tr.baseline) return;
    const clean = model.getValue() === tr.baseline;
    tr.baseline = props.text;
    if (clean || tr.expectApplied) fromOutside(tr, editor, model, props.text);
    tr.expectApplied = false;
    report(model);
  }, [editor, props.text]);

  useEffect(() => {
    editor?.updateOptions({ ariaLabel: props.ariaLabel });
  }, [editor, props.ariaLabel]);

  return <div ref={hostRef} className={props.visible ? "h-full" : "invisible absolute inset-0"} />;
}
