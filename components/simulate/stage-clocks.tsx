"use client";

import { useTranslations } from "use-intl";
import type { RuntimeState } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import { stageColor } from "@/components/canvas/stage-colors";

const round = (seconds: number) => Math.round(seconds);

/**
 * A clock per stage: the walk's estimated speaking time so far (the engine's stageSeconds)
 * against the stage's budget, red once over; the current stage in bold; the whole call below.
 */
export function StageClocks({ doc, state, currentStage }: { doc: ScriptDocument; state: RuntimeState; currentStage: string | null }) {
  const t = useTranslations("simulate.clock");
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  return (
    <section aria-labelledby="player-clocks" className="px-4 py-3">
      <h3 id="player-clocks" className="text-xs font-semibold tracking-wide text-slate-500 uppercase" title={t("hint")}>
        {t("heading")}
      </h3>
      <ol className="mt-2 space-y-1.5">
        {stages.map((stage, i) => {
          const seconds = state.stageSeconds[stage.id] ?? 0;
          const budget = stage.budgetSeconds;
          const over = budget !== null && seconds > budget;
          const share = budget === null ? null : Math.min(1, seconds / budget);
          const current = stage.id === currentStage;
          return (
            <li key={stage.id} className={`text-xs ${current ? "font-semibold text-slate-900" : "text-slate-700"}`} aria-current={current ? "step" : undefined}>
              <div className="flex items-center gap-2">
                <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ background: stageColor(i).bar }} />
                <span className="min-w-0 flex-1 truncate">{stage.name}</span>
                <span className={`tabular-nums ${over ? "font-semibold text-red-700" : seconds > 0 ? "" : "text-slate-400"}`}>
                  {budget === null ? t("seconds", { seconds: round(seconds) }) : t("ofBudget", { seconds: round(seconds), budget })}
                  {over ? <span className="sr-only"> ({t("over")})</span> : null}
                </span>
              </div>
              {share !== null ? (
                <div aria-hidden className="mt-0.5 ml-4.5 h-1 rounded-full bg-slate-100">
                  <div className={`h-1 rounded-full ${over ? "bg-red-600" : "bg-emerald-600"}`} style={{ width: `${Math.max(share * 100, seconds > 0 ? 2 : 0)}%` }} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex border-t border-slate-200 pt-1.5 text-xs font-semibold text-slate-900">
        <span className="flex-1">{t("total")}</span>
        <span className="tabular-nums" data-testid="call-total">{t("seconds", { seconds: round(state.seconds) })}</span>
      </p>
    </section>
  );
}
