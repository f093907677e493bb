"use client";

import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import type { ChoiceNode } from "@/lib/script/nodes";
import { customerVariablesUsed, runActivity, suggestMapping, validateMapping, type ActivityPolicy, type ColumnMapping } from "@/lib/simulate/activity";
import { decodeCsv, MAX_CSV_BYTES, parseCsv, type CsvEncoding, type CsvError, type DecodeError } from "@/lib/simulate/activity-csv";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { describeCsvError, describeMappingError, megabytes } from "./activity-messages";
import { usePlayerView } from "./player-context";
import { ActivityResults, STUCK_EXAMPLES, type Ran } from "./activity-results";

/** Rows above which the tab says a run may take a moment. */
export const SLOW_ACTIVITY_ROWS = 5000;

type Table = { name: string; encoding: CsvEncoding; headers: string[]; rows: string[][]; lines: number[] };
type FileError = { kind: "csv"; error: DecodeError | CsvError } | { kind: "unreadable" };

/**
 * An activity (活动) over a customer sample: a CSV file of customer records (UTF-8 or GB18030),
 * a column for each customer variable the script uses, one answer policy for every customer (a
 * saved scenario's answers, or a default answer per choice), and the script run for every row:
 * the distribution of outcomes and exits, the calls that got stuck, and the time per stage.
 */
export function ActivityTab({ doc }: { doc: ScriptDocument }) {
  const t = useTranslations("simulate.activity");
  const tr = useTranslations();
  const { speech } = usePlayerView();
  const fileId = useId();
  const limit = megabytes(MAX_CSV_BYTES);

  const [table, setTable] = useState<Table | null>(null);
  const [fileError, setFileError] = useState<FileError | null>(null);
  const [reading, setReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const scenarios = useMemo(() => doc.scenarios ?? [], [doc.scenarios]);
  const [policyKind, setPolicyKind] = useState<"scenario" | "defaults">(scenarios.length > 0 ? "scenario" : "defaults");
  const [scenarioId, setScenarioId] = useState<string>(scenarios[0]?.id ?? "");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [ran, setRan] = useState<Ran | null>(null);
  const [running, setRunning] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const variables = useMemo(() => customerVariablesUsed(doc), [doc]);
  const choices = useMemo(() => doc.nodes.filter((n): n is ChoiceNode => n.kind === "choice" && n.answers.length > 0), [doc.nodes]);
  const check = useMemo(() => (table ? validateMapping(doc, table.headers, mapping) : null), [doc, table, mapping]);
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const policy: ActivityPolicy | null = policyKind === "scenario" ? (scenario ? { kind: "scenario", steps: scenario.steps } : null) : { kind: "defaults", answers };
  const ready = table !== null && check?.ok === true && policy !== null && !running;

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setRan(null);
    setFileError(null);
    setTable(null);
    if (!file) return;
    setReading(true);
    try {
      // Checked before reading, so a huge file is never loaded into memory.
      if (file.size > MAX_CSV_BYTES) {
        setFileError({ kind: "csv", error: { code: "tooLarge", params: { bytes: file.size, limit: MAX_CSV_BYTES } } });
        return;
      }
      const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        setFileError({ kind: "csv", error: decoded.error });
        return;
      }
      const parsed = parseCsv(decoded.text);
      if (!parsed.ok) {
        setFileError({ kind: "csv", error: parsed.error });
        return;
      }
      setTable({ name: file.name, encoding: decoded.encoding, headers: parsed.headers, rows: parsed.rows, lines: parsed.lines });
      setMapping(suggestMapping(parsed.headers, variables));
    } catch {
      setFileError({ kind: "unreadable" });
    } finally {
      setReading(false);
    }
  };

  const run = () => {
    if (!ready || !policy) return;
    setRunning(true);
    setRan(null);
    const { rows, lines } = table;
    // Let the "running" state paint before the (synchronous) run.
    timer.current = setTimeout(() => {
      timer.current = null;
      try {
        setRan({ result: runActivity(doc, rows, mapping, policy, { speech, maxExamples: STUCK_EXAMPLES }), lines });
      } finally {
        setRunning(false);
      }
    }, 30);
  };

  const changeMapping = (name: string, value: string) => {
    setRan(null);
    setMapping((m) => {
      const next = { ...m };
      if (value === "") delete next[name];
      else next[name] = Number(value);
      return next;
    });
  };

  const nodeLabel = (id: string) => doc.nodes.find((n) => n.id === id)?.label || id;

  return (
    <div className="divide-y divide-slate-200">
      <section aria-labelledby="activity-file" className="space-y-2 px-4 py-3">
        <h3 id="activity-file" className="text-sm font-semibold">
          {t("heading")}
        </h3>
        <div>
          <label htmlFor={fileId} className="block text-xs font-medium text-slate-700">
            {t("file.label")}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => void onFile(e)}
            data-testid="activity-file"
            className="mt-1 block w-full text-xs text-slate-700 file:mr-2 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2.5 file:py-1 file:text-xs file:font-medium hover:file:bg-slate-50"
          />
          <p id={`${fileId}-hint`} className="mt-1 text-[11px] text-slate-500">
            {t("file.hint", { limit })}
          </p>
        </div>
        <div role="status" aria-live="polite" className="text-xs">
          {reading ? <p className="text-slate-600">{t("file.reading")}</p> : null}
          {fileError ? (
            <p className="rounded bg-red-50 px-2 py-1 text-red-800" data-testid="activity-file-error">
              {fileError.kind === "csv" ? describeCsvError(tr, fileError.error) : t("file.unreadable")}
            </p>
          ) : null}
          {table ? (
            <p className="text-slate-700" data-testid="activity-file-summary">
              {t("file.loaded", { name: table.name, rows: table.rows.length, columns: table.headers.length, encoding: t(`encodings.${table.encoding}`) })}
            </p>
          ) : null}
        </div>
        {!table ? (
          <div className="rounded-md border border-dashed border-slate-300 bg-white px-3 py-4">
            <h4 className="text-xs font-semibold text-slate-900">{t("intro.title")}</h4>
            <p className="mt-1 text-xs leading-relaxed text-slate-600">{t("intro.body")}</p>
            <p className="mt-1 text-xs leading-relaxed text-slate-600">{t("intro.format", { limit })}</p>
          </div>
        ) : null}
      </section>

      {table ? (
        <section aria-labelledby="activity-mapping" className="space-y-2 px-4 py-3">
          <h3 id="activity-mapping" className="text-sm font-semibold">
            {t("mapping.heading")}
          </h3>
          {variables.length === 0 ? (
            <p className="text-xs text-slate-600">{t("mapping.noVariables")}</p>
          ) : (
            <>
              <p className="text-xs text-slate-500">{t("mapping.hint")}</p>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                {variables.map((v) => (
                  <Field key={v.name} label={v.label || v.name}>
                    {(control) => (
                      <Select {...control} value={mapping[v.name] === undefined ? "" : String(mapping[v.name])} onChange={(e) => changeMapping(v.name, e.target.value)}>
                        <option value="">{t("mapping.notMapped")}</option>
                        {table.headers.map((h, i) => (
                          <option key={i} value={String(i)}>
                            {t("mapping.column", { number: i + 1, name: h || t("mapping.unnamed") })}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                ))}
              </div>
            </>
          )}
          {check && !check.ok ? (
            <ul role="alert" className="space-y-0.5 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="activity-mapping-errors">
              {check.errors.map((error, i) => (
                <li key={i}>{describeMappingError(tr, error, doc)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {table ? (
        <section aria-labelledby="activity-policy" className="space-y-2 px-4 py-3">
          <h3 id="activity-policy" className="text-sm font-semibold">
            {t("policy.heading")}
          </h3>
          <fieldset className="space-y-2">
            <legend className="sr-only">{t("policy.legend")}</legend>
            <label className="flex items-center gap-2 text-xs">
              <input
                type="radio"
                name="activity-policy"
                checked={policyKind === "scenario"}
                onChange={() => {
                  setPolicyKind("scenario");
                  setRan(null);
                }}
              />
              {t("policy.scenario")}
            </label>
            {policyKind === "scenario" ? (
              scenarios.length === 0 ? (
                <p className="ml-5 text-xs text-slate-500">{t("policy.noScenarios")}</p>
              ) : (
                <Field label={t("policy.scenarioSelect")} className="ml-5">
                  {(control) => (
                    <Select
                      {...control}
                      value={scenario?.id ?? ""}
                      onChange={(e) => {
                        setScenarioId(e.target.value);
                        setRan(null);
                      }}
                    >
                      {scenarios.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              )
            ) : null}
            <label className="flex items-center gap-2 text-xs">
              <input
                type="radio"
                name="activity-policy"
                checked={policyKind === "defaults"}
                onChange={() => {
                  setPolicyKind("defaults");
                  setRan(null);
                }}
              />
              {t("policy.defaults")}
            </label>
            {policyKind === "defaults" ? (
              <div className="ml-5 space-y-2">
                {choices.length === 0 ? <p className="text-xs text-slate-500">{t("policy.noChoices")}</p> : null}
                {choices.map((node) => (
                  <Field key={node.id} label={t("policy.choice", { node: node.label || node.id })}>
                    {(control) => (
                      <Select
                        {...control}
                        value={answers[node.id] ?? node.answers[0]!.id}
                        onChange={(e) => {
                          setAnswers((a) => ({ ...a, [node.id]: e.target.value }));
                          setRan(null);
                        }}
                      >
                        {node.answers.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.label || a.id}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                ))}
                <p className="text-[11px] text-slate-500">{t("policy.defaultsHint")}</p>
              </div>
            ) : null}
          </fieldset>
        </section>
      ) : null}

      {table ? (
        <section aria-labelledby="activity-run" className="space-y-2 px-4 py-3">
          <h3 id="activity-run" className="sr-only">
            {t("run.button")}
          </h3>
          <div className="flex flex-wrap items-center gap-2">
            <Button size="sm" variant="primary" disabled={!ready} onClick={run}>
              <span aria-hidden>▶</span> {running ? t("run.running") : t("run.button")}
            </Button>
            {!ready && !running ? <span className="text-[11px] text-slate-500">{t("run.notReady")}</span> : null}
          </div>
          {table.rows.length > SLOW_ACTIVITY_ROWS ? <p className="text-xs text-slate-600">{t("run.slow", { rows: table.rows.length })}</p> : null}
          <div role="status" aria-live="polite">
            {running ? <p className="text-xs text-slate-600">{t("run.running")}</p> : null}
          </div>
        </section>
      ) : null}

      {ran ? <ActivityResults doc={doc} ran={ran} nodeLabel={nodeLabel} /> : null}
    </div>
  );
}
