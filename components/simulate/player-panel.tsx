"use client";

import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import { transcriptOf } from "@/lib/simulate/transcript-of";
import { Button } from "@/components/ui/button";
import { useCanvasControls } from "@/components/canvas/canvas-controls";
import { useEditor } from "@/components/editor/editor-context";
import { CustomerSection } from "./customer-section";
import { PLAYER_TABS, usePlayer, usePlayerView, type PlayerTab } from "./player-context";
import { ActivityTab } from "./activity-tab";
import { PathsTab } from "./paths-tab";
import { ScenariosTab } from "./scenarios-tab";
import { StageClocks } from "./stage-clocks";
import { StepCard } from "./step-card";
import { TranscriptActions } from "./transcript-actions";
import { useTranscriptLabels } from "./transcript-labels";
import { WalkLog } from "./walk-log";

/**
 * The player's four tabs (走查 / 场景 / 路径 / 活动): the walk-through, the saved scenarios, every
 * path and an activity over a customer sample (a CSV file). Only the tab shown is mounted; the canvas draws the shown tab's highlight.
 */
export function PlayerPanel({ doc, onClose }: { doc: ScriptDocument; onClose: () => void }) {
  const t = useTranslations("simulate");
  const { tab, setTab } = usePlayerView();
  const tabs = useRef<Partial<Record<PlayerTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = PLAYER_TABS.indexOf(tab);
    const next = e.key === "ArrowRight" ? PLAYER_TABS[(i + 1) % PLAYER_TABS.length] : e.key === "ArrowLeft" ? PLAYER_TABS[(i + PLAYER_TABS.length - 1) % PLAYER_TABS.length] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };
  return (
    <section aria-label={t("panel.label")} className="flex min-h-full flex-col text-slate-900">
      <header className="flex items-center gap-2 border-b border-slate-200 bg-amber-50/60 px-4 py-2">
        <h2 className="flex-1 text-sm font-semibold">
          <span aria-hidden className="mr-1 text-amber-700">
            ▶
          </span>
          {t("panel.heading")}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100" aria-label={t("panel.close")} title={t("panel.close")}>
          ×
        </button>
      </header>
      <div role="tablist" aria-label={t("tabs.label")} className="flex border-b border-slate-200 px-2" onKeyDown={onKeyDown}>
        {PLAYER_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`player-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`player-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            className={`-mb-px border-b-2 px-3 py-1.5 text-xs font-medium ${tab === id ? "border-amber-600 text-slate-900" : "border-transparent text-slate-500 hover:text-slate-800"}`}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`player-tabpanel-${tab}`} aria-labelledby={`player-tab-${tab}`} className="flex flex-1 flex-col">
        {tab === "walk" ? <WalkTab doc={doc} /> : tab === "scenarios" ? <ScenariosTab doc={doc} /> : tab === "paths" ? <PathsTab doc={doc} /> : <ActivityTab doc={doc} />}
      </div>
    </section>
  );
}

/**
 * The walk-through player, in the editor's right-hand panel: who is called, the current step as
 * the agent sees it, back and restart, the clock per stage, the steps walked, and the transcript.
 * The canvas beside it draws the walk and keeps the current element in view.
 */
function WalkTab({ doc }: { doc: ScriptDocument }) {
  const t = useTranslations("simulate");
  const walk = usePlayer();
  const { state } = walk;
  const labels = useTranscriptLabels();
  const transcript = useMemo(() => (state ? transcriptOf(state) : null), [state]);
  const canvas = useCanvasControls();
  const view = useEditor((s) => s.view);
  const nodeId = state?.nodeId ?? null;

  // Follow the walk on the canvas: the current element is brought into view when it is not.
  useEffect(() => {
    if (nodeId && view === "canvas") canvas.revealNode(nodeId);
  }, [nodeId, view, canvas]);

  const node = state ? doc.nodes.find((n) => n.id === state.nodeId) : undefined;
  const currentStage = node && node.kind !== "exit" ? node.stageId : null;
  const stoppedAt = walk.stopped && state ? node?.label || state.nodeId : null;

  return (
    <>
      <CustomerSection doc={doc} />
      {state && transcript ? (
        <>
          <div className="space-y-2 border-b border-slate-200 px-4 py-3">
            {stoppedAt !== null ? (
              <p role="status" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
                {t("replayStopped", { node: stoppedAt })}
              </p>
            ) : null}
            <StepCard doc={doc} state={state} />
            <div className="flex gap-2">
              <Button size="sm" variant="secondary" onClick={walk.back} disabled={state.steps.every((s) => !s.input)} title={t("controls.backHint")}>
                ← {t("controls.back")}
              </Button>
              <Button size="sm" variant="secondary" onClick={walk.restart} title={t("controls.restartHint")}>
                ↺ {t("controls.restart")}
              </Button>
            </div>
            <p className="text-[11px] text-slate-500">{t("panel.keys")}</p>
          </div>
          <StageClocks doc={doc} state={state} currentStage={currentStage} />
          <div className="border-t border-slate-200">
            <WalkLog transcript={transcript} labels={labels} />
          </div>
          <div className="border-t border-slate-200">
            <TranscriptActions key={walk.moves} transcript={transcript} labels={labels} />
          </div>
        </>
      ) : (
        <div className="m-4 rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-center">
          <h3 className="text-sm font-semibold text-slate-900">{t("intro.title")}</h3>
          <p className="mt-1 text-xs leading-relaxed text-slate-600">{t("intro.body")}</p>
        </div>
      )}
    </>
  );
}
