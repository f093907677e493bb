"use client";

import dynamic from "next/dynamic";
import { useCallback, useState, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import { JSON_EDITOR } from "./editor-metrics";
import { LoadErrorBoundary } from "./load-error-boundary";
import type { PackEditorHandle } from "./pack-json-pane";
import { useShortcuts } from "./shortcuts";

export type { PackEditorHandle } from "./pack-json-pane";

// Monaco arrives only when a pack is opened, and never on the server.
const PackJsonPane = dynamic(() => import("./pack-json-pane").then((m) => m.PackJsonPane), { ssr: false });

type Phase = "loading" | "ready" | "failed";

type Props = {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  onHandle: (handle: PackEditorHandle | null) => void;
  /** Ctrl/Cmd+S in the editor. */
  onSave: () => void;
  className?: string;
};

/**
 * A rule pack's JSON in Monaco with the rule-pack schema attached; a plain text box when Monaco
 * cannot be loaded. The text is the owner's (`value` / `onChange`): text set from outside, such as
 * an imported file, replaces the editor's as one undoable edit.
 */
export function PackJsonEditor(props: Props) {
  const t = useTranslations("code");
  const shortcuts = useShortcuts();
  const [phase, setPhase] = useState<Phase>("loading");
  const { onHandle, onSave } = props;

  const fallbackHandle = useCallback(
    (node: HTMLTextAreaElement | null) => {
      if (!node) return onHandle(null);
      onHandle({
        select(offset, length) {
          node.focus();
          node.setSelectionRange(offset, offset + length);
        },
        focus: () => node.focus(),
      });
    },
    [onHandle],
  );

  function onAreaKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      onSave();
    }
  }

  const metrics = { fontSize: JSON_EDITOR.fontSize, lineHeight: `${JSON_EDITOR.lineHeight}px` };
  return (
    <div className={`flex min-h-0 flex-col ${props.className ?? ""}`}>
      {phase === "failed" ? (
        <p className="shrink-0 border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("loadFailed")}</p>
      ) : (
        <p className="shrink-0 border-b border-slate-200 bg-slate-50 px-3 py-1 text-xs text-slate-500">{t("json.tabHint", { shortcut: shortcuts.tabFocus })}</p>
      )}
      {/* The focus ring is an overlay: Monaco's own layers would paint over an inset outline. */}
      <div className="relative min-h-0 flex-1 after:pointer-events-none after:absolute after:inset-0 after:z-10 focus-within:after:ring-2 focus-within:after:ring-blue-600 focus-within:after:ring-inset">
        {phase === "loading" ? (
          <pre aria-busy="true" className="absolute inset-0 overflow-hidden pl-16 font-mono whitespace-pre text-slate-800" style={metrics}>
            <span className="sr-only">{t("loading")}</span>
            {props.value}
          </pre>
        ) : null}
        {phase === "failed" ? (
          <textarea
            ref={fallbackHandle}
            aria-label={props.ariaLabel}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={onAreaKey}
            spellCheck={false}
            className="h-full w-full resize-none p-3 font-mono text-slate-800 outline-none"
            style={metrics}
          />
        ) : (
          <LoadErrorBoundary onError={() => setPhase("failed")}>
            <PackJsonPane
              value={props.value}
              onChange={props.onChange}
              ariaLabel={props.ariaLabel}
              visible={phase === "ready"}
              onHandle={onHandle}
              onSaveShortcut={onSave}
              onReady={() => setPhase("ready")}
              onFailed={() => setPhase("failed")}
            />
          </LoadErrorBoundary>
        )}
      </div>
    </div>
  );
}
