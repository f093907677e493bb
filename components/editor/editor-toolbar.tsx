"use client";

import Link from "next/link";
import type { RefObject } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { useCanvasControls } from "@/components/canvas/canvas-controls";
import { useEditor } from "./editor-context";
import { NodeSearch } from "./node-search";
import { SaveStatus } from "./save-status";
import { ProblemsToggle } from "@/components/lint/problems-toggle";
import { SimulateToggle } from "@/components/simulate/simulate-toggle";
import { SubmitReviewButton } from "@/components/review/submit-review-button";

type Props = {
  searchRef: RefObject<HTMLInputElement | null>;
  onArrange: () => void;
  arranging: boolean;
  onSettings: () => void;
  onRetrySave: () => void;
  problemsOpen: boolean;
  onToggleProblems: () => void;
};

export function EditorToolbar({ searchRef, onArrange, arranging, onSettings, onRetrySave, problemsOpen, onToggleProblems }: Props) {
  const t = useTranslations("editor");
  const title = useEditor((s) => s.doc.title);
  const scriptId = useEditor((s) => s.scriptId);
  const locale = useEditor((s) => s.doc.locale);
  const undoLabel = useEditor((s) => s.history.past.at(-1)?.label);
  const redoLabel = useEditor((s) => s.history.future.at(-1)?.label);
  const view = useEditor((s) => s.view);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const setView = useEditor((s) => s.setView);
  const canvas = useCanvasControls();
  const what = (label: string | undefined) => (label ? t(`history.${label}` as "history.addNode") : "");

  return (
    <div role="toolbar" aria-label={t("toolbar.label")} className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5">
      <Link href="/scripts" className="text-sm text-blue-700 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="max-w-[28ch] truncate text-sm font-semibold" lang={locale} title={title}>
        {title}
      </h1>
      <Link href={`/scripts/${scriptId}`} className="text-xs text-slate-500 hover:underline">
        {t("overview")}
      </Link>
      <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
      <Button size="sm" variant="ghost" onClick={undo} disabled={!undoLabel} aria-label={undoLabel ? t("toolbar.undoWhat", { what: what(undoLabel) }) : t("toolbar.undo")} title={`${t("toolbar.undo")} (Ctrl+Z)`}>
        ↶ {t("toolbar.undo")}
      </Button>
      <Button size="sm" variant="ghost" onClick={redo} disabled={!redoLabel} aria-label={redoLabel ? t("toolbar.redoWhat", { what: what(redoLabel) }) : t("toolbar.redo")} title={`${t("toolbar.redo")} (Ctrl+Shift+Z)`}>
        ↷ {t("toolbar.redo")}
      </Button>
      <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
      <div role="group" aria-label={t("toolbar.view")} className="flex rounded-md border border-slate-300 p-0.5">
        {(["canvas", "json"] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => setView(v)}
            className="rounded px-2 py-0.5 text-xs text-slate-600 aria-pressed:bg-slate-800 aria-pressed:text-white"
          >
            {t(`toolbar.${v}`)}
          </button>
        ))}
      </div>
      {view === "canvas" ? (
        <>
          <Button size="sm" variant="ghost" onClick={onArrange} disabled={arranging}>
            {arranging ? t("toolbar.arranging") : t("toolbar.arrange")}
          </Button>
          <Button size="sm" variant="ghost" onClick={canvas.fitView}>
            {t("toolbar.fit")}
          </Button>
        </>
      ) : null}
      <Button size="sm" variant="ghost" onClick={onSettings}>
        {t("toolbar.settings")}
      </Button>
      <ProblemsToggle open={problemsOpen} onToggle={onToggleProblems} />
      <SimulateToggle />
      <div className="ml-auto flex items-center gap-3">
        {view === "canvas" ? <NodeSearch inputRef={searchRef} /> : null}
        <SaveStatus onRetry={onRetrySave} />
        <SubmitReviewButton />
      </div>
    </div>
  );
}
