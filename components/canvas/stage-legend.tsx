"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { Stage } from "@/lib/script/parts";
import { stageColor } from "./stage-colors";

/** Every stage in reading order with its colour and budget; collapsible so it never hides work. */
export function StageLegend({ stages }: { stages: readonly Stage[] }) {
  const t = useTranslations("editor.legend");
  const [open, setOpen] = useState(true);
  const ordered = [...stages].sort((a, b) => a.order - b.order);
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
        <ol className="space-y-1 px-3 pb-2">
          {ordered.map((stage, i) => (
            <li key={stage.id} className="flex items-center gap-2">
              <span aria-hidden className="size-2.5 rounded-sm" style={{ background: stageColor(i).bar }} />
              <span className="text-slate-800">{stage.name}</span>
              <span className="ml-auto pl-3 text-slate-500 tabular-nums">
                {stage.budgetSeconds === null ? t("noBudget") : t("budget", { seconds: stage.budgetSeconds })}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
