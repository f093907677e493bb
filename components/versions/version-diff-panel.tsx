"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { DiffOutlineView } from "./diff-outline-view";
import { useVersionDiff } from "./use-version-diff";

/** Pick any two versions (the previous and the latest to begin with) and see what changed. */
export function VersionDiffPanel({ scriptId, versions, lang }: { scriptId: string; versions: number[]; lang: string }) {
  const t = useTranslations("versions");
  const network = useTranslations("errors")("network");
  // `versions` is newest first, as the history lists them.
  const [from, setFrom] = useState<number | null>(versions[1] ?? null);
  const [to, setTo] = useState<number | null>(versions[0] ?? null);
  const { state, retry } = useVersionDiff(scriptId, from, to);
  const choices = versions.map((v) => (
    <option key={v} value={v}>
      {t("table.versionName", { version: v })}
    </option>
  ));

  return (
    <section aria-labelledby="compare-heading" className="mt-10">
      <h2 id="compare-heading" className="text-lg font-semibold">
        {t("diff.heading")}
      </h2>
      {versions.length < 2 ? (
        <p className="mt-2 text-sm text-slate-600">{t("diff.onlyOne")}</p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap items-end gap-3">
            <Field label={t("diff.from")} className="w-40">
              {(control) => (
                <Select {...control} value={from ?? ""} onChange={(e) => setFrom(Number(e.target.value))}>
                  {choices}
                </Select>
              )}
            </Field>
            <span aria-hidden className="pb-2 text-slate-400">
              →
            </span>
            <Field label={t("diff.to")} className="w-40">
              {(control) => (
                <Select {...control} value={to ?? ""} onChange={(e) => setTo(Number(e.target.value))}>
                  {choices}
                </Select>
              )}
            </Field>
          </div>
          <div className="mt-5" aria-live="polite" aria-busy={state.phase === "loading"}>
            {from === to ? <p className="text-sm text-slate-600">{t("diff.sameVersion")}</p> : null}
            {state.phase === "loading" ? <Spinner label={t("diff.loading")} /> : null}
            {state.phase === "failed" ? (
              <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
                <span className="flex-1">{t("diff.failed", { message: state.message ?? network })}</span>
                <Button onClick={retry}>{t("diff.retry")}</Button>
              </div>
            ) : null}
            {state.phase === "ready" ? (
              <div role="region" aria-label={t("diff.summary", { from: from ?? 0, to: to ?? 0 })}>
                <p className="mb-4 text-sm font-medium text-slate-700">{t("diff.summary", { from: from ?? 0, to: to ?? 0 })}</p>
                <DiffOutlineView outline={state.outline} lang={lang} />
              </div>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
