"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { StageEstimate } from "@/lib/lint/engine";
import type { Stage } from "@/lib/script/parts";
import { stageColor } from "./stage-colors";

type Props = {
  stages: readonly Stage[];
  /** The linter's estimate per stage (slowest walk); absent until the first lint. */
  estimates?: readonly StageEstimate[];
  call?: { longestSeconds: number | null; shortestSuccessSeconds: number | null };
};

const round = (seconds: number) => Math.round(seconds);

/**
 * Every stage in reading order with its colour, its estimated speaking time on the slowest walk
 * and its budget; collapsible so it never hides work.
 */
export function StageLegend({ stages, estimates, call }: Props) {
  const t = useTranslations("editor.legend");
  const te = useTranslations("lint.estimate");
  const [open, setOpen] = useState(true);
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const estimateOf = new Map((estimates ?? []).map((e) => [e.stageId, e]));
  return (
    <section aria-label={t("heading")} className="rounded-md border border-slate-200 bg-white/95 text-xs shadow-sm">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between gap-3 px-3 py-1.5 font-semibold text-slate-700"
      >
        {t("heading")}
        <span aria-hidden>{open ? "−" : "+"}</span>
        <span className="sr-only">{open ? t("hide") : t("show")}</span>
      </button>
      {open ? (
        <ol className="space-y-1 px-3 pb-2" title={te("title")}>
          {ordered.map((stage, i) => {
            const estimate = estimateOf.get(stage.id);
            const over = estimate && stage.budgetSeconds !== null && estimate.seconds > stage.budgetSeconds;
            return (
              <li key={stage.id} className="flex items-center gap-2">
                <span aria-hidden className="size-2.5 rounded-sm" style={{ background: stageColor(i).bar }} />
                <span className="text-slate-800">{stage.name}</span>
                <span className={`ml-auto pl-3 tabular-nums ${over ? "font-semibold text-red-700" : "text-slate-500"}`}>
                  {estimate
                    ? stage.budgetSeconds === null
                      ? te("seconds", { seconds: round(estimate.seconds) })
                      : te("ofBudget", { seconds: round(estimate.seconds), budget: stage.budgetSeconds })
                    : stage.budgetSeconds === null
                      ? t("noBudget")
                      : t("budget", { seconds: stage.budgetSeconds })}
                  {over ? <span className="sr-only"> ({te("over")})</span> : null}
                </span>
              </li>
            );
          })}
          {call && call.longestSeconds !== null ? (
            <li className="border-t border-slate-100 pt-1 text-slate-600 tabular-nums">
              {te("call", { min: round(call.shortestSuccessSeconds ?? call.longestSeconds), max: round(call.longestSeconds) })}
            </li>
          ) : null}
        </ol>
      ) : null}
    </section>
  );
}
