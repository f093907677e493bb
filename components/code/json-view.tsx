"use client";

import dynamic from "next/dynamic";
import { useMemo, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptIssue } from "@/lib/script/issues";
import { validateScriptJson } from "@/lib/script/validate";
import { JSON_EDITOR } from "./editor-metrics";
import { locateIssue } from "./issue-location";
import type { JsonEditorHandle, JsonEditorState } from "./json-editor-pane";
import { JsonIssues, type ListedIssue } from "./json-issues";
import { LoadErrorBoundary } from "./load-error-boundary";
import { useShortcuts } from "./shortcuts";

export type JsonViewProps = {
  document: ScriptDocument;
  /** Called with a valid document only; the view keeps showing it once it comes back as `document`. */
  onApply: (document: ScriptDocument) => void;
};

// Monaco arrives only when the view is first shown, and never on the server.
const JsonEditorPane = dynamic(() => import("./json-editor-pane").then((m) => m.JsonEditorPane), { ssr: false });

type Phase = "loading" | "ready" | "failed";

const format = (document: ScriptDocument) => JSON.stringify(document, null, 2);

/**
 * The whole script as JSON, checked against the format's JSON Schema while typing. Nothing reaches
 * the document until Apply (or Ctrl/Cmd+S) finds the text valid; Revert returns to the document.
 * Fills its parent's height.
 */
export function JsonView({ document, onApply }: JsonViewProps) {
  const t = useTranslations("code");
  const shortcuts = useShortcuts();
  const text = useMemo(() => format(document), [document]);
  const [phase, setPhase] = useState<Phase>("loading");
  const [state, setState] = useState<JsonEditorState>({ dirty: false, outdated: false });
  const [issues, setIssues] = useState<ListedIssue[] | null>(null);
  const [notice, setNotice] = useState<"applied" | "reverted" | null>(null);
  const handle = useRef<JsonEditorHandle | null>(null);

  function apply() {
    const editor = handle.current;
    if (!editor) return;
    const source = editor.getText();
    const result = validateScriptJson(source);
    if (!result.ok) {
      setNotice(null);
      setIssues(result.issues.map((issue) => ({ issue, found: locateIssue(source, issue) !== null })));
      return;
    }
    setIssues(null);
    editor.showApplied(format(result.document));
    onApply(result.document);
    setNotice("applied");
  }

  function revert() {
    handle.current?.revert();
    setIssues(null);
    setNotice("reverted");
  }

  function goTo(issue: ScriptIssue) {
    const editor = handle.current;
    if (!editor) return;
    // The text may have changed since Apply: look again.
    const span = locateIssue(editor.getText(), issue);
    if (span) editor.select(span.offset, span.length);
  }

  function onState(next: JsonEditorState) {
    setState(next);
    if (next.dirty) setNotice(null);
    else setIssues(null);
  }

  const ready = phase === "ready";
  const status = state.dirty ? t("json.unapplied") : notice === "applied" ? t("json.applied") : notice === "reverted" ? t("json.reverted") : t("json.upToDate");

  return (
    <div className="flex h-full min-h-0 flex-col bg-white">
      <div role="group" aria-label={t("json.toolbar")} className="flex shrink-0 flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        <Button variant="primary" onClick={apply} disabled={!ready || !state.dirty} title={t("json.applyShortcut", { shortcut: shortcuts.apply })}>
          {t("json.apply")}
        </Button>
        <Button onClick={revert} disabled={!ready || !state.dirty}>
          {t("json.revert")}
        </Button>
        <p role="status" className={`flex items-center gap-1.5 text-sm ${state.dirty ? "font-medium text-amber-800" : "text-slate-600"}`}>
          {state.dirty ? <span aria-hidden="true" className="size-2 rounded-full bg-amber-500" /> : null}
          {status}
        </p>
        <p className="ml-auto text-xs text-slate-500">{t("json.tabHint", { shortcut: shortcuts.tabFocus })}</p>
      </div>
      {state.outdated ? <p className="shrink-0 border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("json.outdated")}</p> : null}
      {issues ? <JsonIssues issues={issues} onGoTo={goTo} /> : null}
      {/* The focus ring is an overlay: Monaco's own layers would paint over an inset outline. */}
      <div className="relative min-h-0 flex-1 after:pointer-events-none after:absolute after:inset-0 after:z-10 focus-within:after:ring-2 focus-within:after:ring-blue-600 focus-within:after:ring-inset">
        {phase === "failed" ? <p className="border-b border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("json.loadFailed")}</p> : null}
        {phase !== "ready" ? (
          <pre
            aria-busy={phase === "loading"}
            className={`pl-16 font-mono whitespace-pre text-slate-800 ${phase === "loading" ? "absolute inset-0 overflow-hidden" : "h-full overflow-auto"}`}
            style={{ fontSize: JSON_EDITOR.fontSize, lineHeight: `${JSON_EDITOR.lineHeight}px` }}
          >
            <span className="sr-only">{t("loading")}</span>
            {text}
          </pre>
        ) : null}
        {phase !== "failed" ? (
          <LoadErrorBoundary onError={() => setPhase("failed")}>
            <JsonEditorPane
              text={text}
              ariaLabel={t("json.editorLabel")}
              visible={ready}
              onHandle={(h) => {
                handle.current = h;
              }}
              onState={onState}
              onApplyShortcut={apply}
              onReady={() => setPhase("ready")}
              onFailed={() => setPhase("failed")}
            />
          </LoadErrorBoundary>
        ) : null}
      </div>
    </div>
  );
}
