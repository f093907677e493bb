"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import { coverage } from "@/lib/simulate/coverage";
import { scenariosForEveryPath } from "@/lib/simulate/generate-scenarios";
import { runScenario, type ScenarioResult } from "@/lib/simulate/run-scenario";
import { addScenarios, freshScenarioId, partitionScenarios, removeScenario, scenarioFromWalk } from "@/lib/simulate/scenario-commands";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useEditor } from "@/components/editor/editor-context";
import { describeFailure } from "./failure-message";
import { usePlayer, usePlayerView } from "./player-context";
import { coverageHighlight } from "./walk-highlight";

/** Scenarios generated at most by one click. */
export const GENERATE_CAP = 50;

const percent = (ratio: number) => Math.round(ratio * 100);

/**
 * The script's saved scenarios: save the player's walk as one, run one or all (pass or fail, and
 * where a failure left what it expected), delete one, generate one for every path, and the
 * coverage of them all, drawn on the canvas on request. Runs follow the document: a scenario once
 * run shows its result against the script as it is now.
 */
export function ScenariosTab({ doc }: { doc: ScriptDocument }) {
  const t = useTranslations("simulate.scenarios");
  const tr = useTranslations();
  const walk = usePlayer();
  const { speech, setOverlay } = usePlayerView();
  const dispatch = useEditor((s) => s.dispatch);
  const scenarios = useMemo(() => doc.scenarios ?? [], [doc.scenarios]);

  // Every saved scenario run against the script as it is (cheap: tens of steps each).
  const results = useMemo(() => new Map<string, ScenarioResult>(scenarios.map((s) => [s.id, runScenario(doc, s, { speech })])), [doc, scenarios, speech]);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const covered = useMemo(() => coverage(doc, [...results.values()].map((r) => r.walk)), [doc, results]);
  const [showCoverage, setShowCoverage] = useState(false);
  const highlight = useMemo(() => (showCoverage && scenarios.length > 0 ? coverageHighlight(covered) : null), [showCoverage, scenarios.length, covered]);
  useEffect(() => {
    setOverlay("scenarios", highlight);
  }, [highlight, setOverlay]);
  useEffect(() => () => setOverlay("scenarios", null), [setOverlay]);

  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const label = (id: string) => doc.nodes.find((n) => n.id === id)?.label || id;
  const ended = walk.state?.status === "ended" ? walk.state : null;

  const save = () => {
    if (!ended) return;
    const id = freshScenarioId(doc);
    const scenario = scenarioFromWalk(ended, { id, name: name.trim() || t("save.defaultName", { exit: label(ended.nodeId) }) });
    if (!scenario) return;
    dispatch(addScenarios, { scenarios: [scenario] }, { label: "saveScenario" });
    setShown((s) => new Set(s).add(id));
    setName("");
    setMessage(t("save.saved", { name: scenario.name }));
  };

  const generate = () => {
    const made = scenariosForEveryPath(doc, { cap: GENERATE_CAP, speech });
    const { fresh, skipped } = partitionScenarios(doc, made.scenarios);
    if (fresh.length > 0) dispatch(addScenarios, { scenarios: fresh }, { label: "generateScenarios" });
    const parts = [t("generate.result", { added: fresh.length, skipped: skipped.length })];
    if (made.skipped.length > 0) parts.push(t("generate.unwalkable", { count: made.skipped.length }));
    if (made.truncated) parts.push(t("generate.truncated", { paths: made.paths }));
    setMessage(parts.join(" "));
  };

  const shownResults = scenarios.filter((s) => shown.has(s.id));
  const passed = shownResults.filter((s) => results.get(s.id)?.passed).length;

  return (
    <div className="divide-y divide-slate-200">
      <section aria-labelledby="scenario-save" className="space-y-2 px-4 py-3">
        <h3 id="scenario-save" className="text-sm font-semibold">
          {t("save.heading")}
        </h3>
        {ended ? (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <Field label={t("save.name")} className="flex-1">
              {(control) => (
                <input
                  {...control}
                  value={name}
                  maxLength={120}
                  placeholder={t("save.defaultName", { exit: label(ended.nodeId) })}
                  onChange={(e) => setName(e.target.value)}
                  className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm"
                />
              )}
            </Field>
            <Button type="submit" size="md" variant="primary">
              {t("save.button")}
            </Button>
          </form>
        ) : (
          <p className="text-xs text-slate-600">{t("save.notEnded")}</p>
        )}
      </section>

      <section aria-labelledby="scenario-list" className="space-y-2 px-4 py-3">
        <div className="flex items-baseline gap-2">
          <h3 id="scenario-list" className="flex-1 text-sm font-semibold">
            {t("heading")}
          </h3>
          <span className="text-xs text-slate-600">{t("count", { count: scenarios.length })}</span>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" disabled={scenarios.length === 0} onClick={() => setShown(new Set(scenarios.map((s) => s.id)))}>
            <span aria-hidden>▶</span> {t("runAll")}
          </Button>
          <Button size="sm" variant="secondary" onClick={generate} title={t("generate.hint", { cap: GENERATE_CAP })}>
            {t("generate.button")}
          </Button>
        </div>
        {message ? (
          <p role="status" className="rounded bg-slate-50 px-2 py-1 text-xs text-slate-700">
            {message}
          </p>
        ) : null}
        {shownResults.length > 0 ? (
          <p className="text-xs font-medium text-slate-700" data-testid="scenario-summary">
            {t("summary", { passed, total: shownResults.length })}
          </p>
        ) : null}
        {scenarios.length === 0 ? (
          <p className="text-xs text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="space-y-1.5">
            {scenarios.map((s) => {
              const result = shown.has(s.id) ? results.get(s.id) : undefined;
              const { exitId, outcome } = s.expect;
              return (
                <li key={s.id} className="rounded-md border border-slate-200 bg-white px-2 py-1.5 text-xs" data-testid="scenario-item">
                  <div className="flex items-center gap-2">
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-medium text-slate-900">{s.name}</span>
                      <span className="block truncate text-[11px] text-slate-600">
                        {exitId || outcome
                          ? t("expects", { exit: exitId ? label(exitId) : "—", outcome: outcome ? tr(`outcomes.${outcome}`) : "—" })
                          : t("expectsNothing")}
                        {" · "}
                        {t("steps", { count: s.steps.length })}
                      </span>
                    </span>
                    {result ? (
                      <span className={`rounded px-1.5 py-0.5 font-semibold ${result.passed ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}>
                        {result.passed ? `✓ ${t("passed")}` : `✗ ${t("failed")}`}
                      </span>
                    ) : null}
                    <Button size="sm" variant="ghost" aria-label={t("runLabel", { name: s.name })} onClick={() => setShown((old) => new Set(old).add(s.id))}>
                      {t("run")}
                    </Button>
                    <Button size="sm" variant="danger" aria-label={t("deleteLabel", { name: s.name })} onClick={() => dispatch(removeScenario, { id: s.id }, { label: "deleteScenario" })}>
                      {t("delete")}
                    </Button>
                  </div>
                  {result && !result.passed ? (
                    <ul className="mt-1 list-disc space-y-0.5 pl-4 text-red-800">
                      {result.failures.map((f, i) => (
                        <li key={i}>{describeFailure(tr, f, doc)}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="scenario-coverage" className="space-y-1 px-4 py-3 text-xs">
        <h3 id="scenario-coverage" className="text-sm font-semibold">
          {t("coverage.heading")}
        </h3>
        {scenarios.length === 0 ? (
          <p className="text-slate-500">{t("coverage.none")}</p>
        ) : (
          <>
            <p data-testid="coverage-nodes">{t("coverage.nodes", { walked: covered.nodes.walked.length, total: covered.nodes.total, percent: percent(covered.nodes.ratio) })}</p>
            <p data-testid="coverage-edges">{t("coverage.edges", { walked: covered.edges.walked.length, total: covered.edges.total, percent: percent(covered.edges.ratio) })}</p>
            <label className="flex items-center gap-2 pt-1">
              <input type="checkbox" checked={showCoverage} onChange={(e) => setShowCoverage(e.target.checked)} />
              {t("coverage.show")}
            </label>
          </>
        )}
      </section>
    </div>
  );
}
