"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "use-intl";
import type { ScriptJson } from "@/lib/api/scripts";
import { rulesOf } from "@/lib/script/condition";
import { FamilyBadge } from "@/components/library/family-badge";
import { useCan } from "@/components/shell/session-context";
import { StageSection } from "./stage-section";
import { ExitList } from "./exit-list";
import { VersionsCard } from "./versions-card";

/** A read-only page of one script: who it is for, its stages, variables and elements. */
export function ScriptOverview({ script }: { script: ScriptJson }) {
  const t = useTranslations();
  const format = useFormatter();
  // Approvers read the copy here; the editor is for the roles that may change it.
  const canEdit = useCan("scripts.edit");
  const doc = script.document;
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const staged = (stageId: string | null) => doc.nodes.filter((n) => n.kind !== "exit" && n.stageId === stageId);
  const unstaged = staged(null);
  const when = format.dateTime(new Date(script.updatedAt), { dateStyle: "medium", timeStyle: "short" });
  const criteria = rulesOf(doc.targetGroup.criteria);

  return (
    <div className="mx-auto max-w-5xl px-4 py-8" lang={doc.locale}>
      <Link href="/scripts" className="text-sm text-blue-700 hover:underline" lang={undefined}>
        ← {t("scriptPage.back")}
      </Link>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold">{doc.title}</h1>
          {script.archivedAt || !canEdit ? null : (
            <Link href={`/scripts/${script.id}/edit`} className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700" lang={undefined}>
              {t("scriptPage.edit")}
            </Link>
          )}
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
          <FamilyBadge family={doc.family} />
          <span>{t(`scriptLocales.${doc.locale}`)}</span>
          <span>
            {t("scriptPage.slug")}: <code className="font-mono text-slate-800">{script.slug}</code>
          </span>
          <span>{t("scriptPage.revision", { revision: script.revision })}</span>
          <span>{t("scriptPage.changed", { when, who: script.updatedBy })}</span>
        </div>
        {script.archivedAt ? (
          <p role="note" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {t("scriptPage.archivedBanner")}
          </p>
        ) : null}
      </header>

      <VersionsCard script={script} />

      <section aria-labelledby="target-group" className="mt-6">
        <h2 id="target-group" className="text-lg font-semibold">{t("scriptPage.targetGroup")}</h2>
        <p className="mt-1 text-sm text-slate-700">{doc.targetGroup.description || t("scriptPage.noTargetGroup")}</p>
        <p className="mt-1 text-xs text-slate-500">
          {t("scriptPage.criteria", { count: criteria.length })}
          {criteria.length > 0 ? ": " : ""}
          {criteria.map((c) => `${c.var} ${c.op}${c.value === undefined ? "" : ` ${JSON.stringify(c.value)}`}`).join(" · ")}
        </p>
      </section>

      <section aria-labelledby="stages" className="mt-8">
        <h2 id="stages" className="text-lg font-semibold">{t("scriptPage.stages")}</h2>
        <table className="mt-2 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="w-10 px-3 py-2 font-medium">#</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.stageName")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.budget")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("scriptPage.elementCount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stages.map((stage, i) => (
              <tr key={stage.id}>
                <td className="px-3 py-2 tabular-nums text-slate-500">{i + 1}</td>
                <td className="px-3 py-2">{stage.name}</td>
                <td className="px-3 py-2 tabular-nums">
                  {stage.budgetSeconds === null ? t("common.noValue") : t("common.seconds", { seconds: stage.budgetSeconds })}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{staged(stage.id).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="variables" className="mt-8">
        <h2 id="variables" className="text-lg font-semibold">{t("scriptPage.variables")}</h2>
        {doc.variables.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t("scriptPage.noVariables")}</p>
        ) : (
          <table className="mt-2 w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.variableName")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.variableLabel")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.variableType")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("scriptPage.variableSource")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {doc.variables.map((v) => (
                <tr key={v.name}>
                  <td className="px-3 py-2 font-mono text-xs">{`{{${v.name}}}`}</td>
                  <td className="px-3 py-2">{v.label}</td>
                  <td className="px-3 py-2 text-slate-600">{t(`variableTypes.${v.type}`)}</td>
                  <td className="px-3 py-2 text-slate-600">{t(`variableSources.${v.source}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="elements" className="mt-8">
        <h2 id="elements" className="text-lg font-semibold">{t("scriptPage.elements")}</h2>
        {stages.map((stage) => (
          <StageSection key={stage.id} title={stage.name} nodes={staged(stage.id)} entry={doc.entry} />
        ))}
        {unstaged.length > 0 ? <StageSection title={t("scriptPage.unstaged")} nodes={unstaged} entry={doc.entry} /> : null}
        <ExitList nodes={doc.nodes} />
      </section>
    </div>
  );
}
