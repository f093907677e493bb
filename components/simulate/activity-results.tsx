"use client";

import { useMemo } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import type { ActivityResult } from "@/lib/simulate/activity";
import { stageColor } from "@/components/canvas/stage-colors";
import { describeStuck, outcomeBars, roundSeconds } from "./activity-messages";

/** Stuck calls given as examples. */
export const STUCK_EXAMPLES = 5;

export type Ran = { result: ActivityResult; lines: number[] };

/** What an activity came to: outcomes and exits, the calls that got stuck, the time per stage. */
export function ActivityResults({ doc, ran, nodeLabel }: { doc: ScriptDocument; ran: Ran; nodeLabel: (id: string) => string }) {
  const t = useTranslations("simulate.activity.results");
  const tr = useTranslations();
  const { result, lines } = ran;
  const bars = outcomeBars(result);
  const stages = useMemo(() => [...doc.stages].sort((a, b) => a.order - b.order).map((s, i) => ({ ...s, color: stageColor(i).bar })), [doc.stages]);
  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? tr("simulate.step.noStage");
  const sec = (seconds: number) => t("seconds", { seconds: roundSeconds(seconds) });
  const exits = Object.entries(result.exits);
  const firstBad = result.badValues.examples[0];

  return (
    <section aria-labelledby="activity-results" className="space-y-3 px-4 py-3" data-testid="activity-results">
      <h3 id="activity-results" className="text-sm font-semibold">
        {t("heading")}
      </h3>
      <p className="text-xs text-slate-700">{t("summary", { runs: result.runs, ended: result.ended, stuck: result.stuck.count })}</p>

      <div>
        <h4 className="text-xs font-semibold text-slate-800">{t("outcomes")}</h4>
        <ul aria-label={t("outcomesLabel")} className="mt-1 space-y-1" data-testid="activity-outcomes">
          {bars.map((b) => {
            const outcome = tr(`outcomes.${b.outcome}`);
            return (
              <li key={b.outcome} className="text-xs" aria-label={t("barLabel", { outcome, count: b.count, total: result.ended, percent: b.percent })}>
                <div className="flex items-baseline gap-2">
                  <span className="w-20 shrink-0 truncate text-slate-700">{outcome}</span>
                  <span aria-hidden className="relative h-3 flex-1 rounded-sm bg-slate-100">
                    <span className="absolute inset-y-0 left-0 rounded-sm bg-amber-500" style={{ width: `${b.percent}%` }} />
                  </span>
                  <span className="w-24 shrink-0 text-right tabular-nums text-slate-700">{t("bar", { count: b.count, percent: b.percent })}</span>
                </div>
              </li>
            );
          })}
        </ul>
      </div>

      {exits.length > 0 ? (
        <div>
          <h4 className="text-xs font-semibold text-slate-800">{t("exits")}</h4>
          <ul className="mt-1 space-y-0.5 text-xs">
            {exits.map(([id, count]) => (
              <li key={id} className="flex gap-2">
                <span className="min-w-0 flex-1 truncate text-slate-700">{nodeLabel(id)}</span>
                <span className="tabular-nums text-slate-900">{t("exit", { count })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <h4 className="text-xs font-semibold text-slate-800">{t("stuck")}</h4>
        {result.stuck.count === 0 ? (
          <p className="mt-1 text-xs text-slate-600">{t("stuckNone")}</p>
        ) : (
          <>
            <p className="mt-1 text-xs text-amber-900">{t("stuckCount", { count: result.stuck.count })}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs text-slate-700" data-testid="activity-stuck">
              {result.stuck.examples.map((ex, i) => (
                <li key={i}>{t("stuckExample", { row: ex.row + 1, line: lines[ex.row] ?? ex.row + 2, node: nodeLabel(ex.nodeId), reason: describeStuck(tr, ex, doc) })}</li>
              ))}
            </ul>
          </>
        )}
      </div>

      {firstBad ? (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
          {t("badValues", {
            count: result.badValues.count,
            row: firstBad.row + 1,
            variable: doc.variables.find((v) => v.name === firstBad.variable)?.label || firstBad.variable,
            value: firstBad.value,
          })}
        </p>
      ) : null}

      <div>
        <h4 className="text-xs font-semibold text-slate-800">{t("stages")}</h4>
        {result.ended === 0 ? (
          <p className="mt-1 text-xs text-slate-600">{t("noEnded")}</p>
        ) : (
          <table className="mt-1 w-full text-[11px] tabular-nums" data-testid="activity-stages">
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="text-left font-medium">
                  {t("stage")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("min")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("median")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("p90")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("max")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("budget")}
                </th>
                <th scope="col" className="text-right font-medium">
                  {t("over")}
                </th>
              </tr>
            </thead>
            <tbody className="text-slate-800">
              {Object.entries(result.stageSeconds).map(([id, d]) => (
                <tr key={id} className="border-t border-slate-100">
                  <th scope="row" className="max-w-24 truncate text-left font-normal">
                    <span aria-hidden className="mr-1 inline-block size-2 rounded-sm" style={{ background: stages.find((s) => s.id === id)?.color }} />
                    {stageName(id)}
                  </th>
                  <td className="text-right">{sec(d.min)}</td>
                  <td className="text-right">{sec(d.median)}</td>
                  <td className="text-right">{sec(d.p90)}</td>
                  <td className="text-right">{sec(d.max)}</td>
                  <td className="text-right">{d.budgetSeconds === null ? t("noBudget") : sec(d.budgetSeconds)}</td>
                  <td className={`text-right ${d.overBudget > 0 ? "font-semibold text-red-700" : ""}`}>{d.budgetSeconds === null ? t("noBudget") : d.overBudget}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-200 font-medium">
                <th scope="row" className="text-left">
                  {t("total")}
                </th>
                <td className="text-right">{sec(result.totalSeconds.min)}</td>
                <td className="text-right">{sec(result.totalSeconds.median)}</td>
                <td className="text-right">{sec(result.totalSeconds.p90)}</td>
                <td className="text-right">{sec(result.totalSeconds.max)}</td>
                <td className="text-right">{t("noBudget")}</td>
                <td className="text-right">{t("noBudget")}</td>
              </tr>
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
