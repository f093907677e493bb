"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "use-intl";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { Button } from "@/components/ui/button";
import { FamilyBadge } from "./family-badge";

type Actions = {
  onRename: (script: ScriptSummaryJson) => void;
  onDuplicate: (script: ScriptSummaryJson) => void;
  onArchive: (script: ScriptSummaryJson, archived: boolean) => void;
};

/** Without `canEdit` (approvers) the titles open the read-only overview and the row actions are gone. */
export function ScriptTable({ scripts, canEdit, ...actions }: { scripts: ScriptSummaryJson[]; canEdit: boolean } & Actions) {
  const t = useTranslations("library");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("colTitle")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("colFamily")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("colLocale")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{t("colElements")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("colLastChange")}</th>
            {canEdit ? (
              <th scope="col" className="px-4 py-2 text-right font-medium">
                <span className="sr-only">{t("colActions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {scripts.map((script) => (
            <ScriptRow key={script.id} script={script} actions={canEdit ? actions : null} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScriptRow({ script, actions }: { script: ScriptSummaryJson; actions: Actions | null }) {
  const t = useTranslations();
  const format = useFormatter();
  const archived = script.archivedAt !== null;
  const when = format.dateTime(new Date(script.updatedAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <tr className={archived ? "bg-slate-50 text-slate-500" : "hover:bg-slate-50/60"}>
      <td className="px-4 py-3">
        <Link href={actions ? `/scripts/${script.id}/edit` : `/scripts/${script.id}`} className="font-medium text-slate-900 hover:text-blue-700 hover:underline" lang={script.locale}>
          {script.title}
        </Link>
        {archived ? (
          <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-[11px] text-slate-700">{t("library.archived")}</span>
        ) : null}
        <div className="font-mono text-xs text-slate-500">{script.slug}</div>
      </td>
      <td className="px-4 py-3">
        <FamilyBadge family={script.family} />
      </td>
      <td className="px-4 py-3 text-slate-700">{t(`scriptLocales.${script.locale}`)}</td>
      <td className="px-4 py-3 text-right tabular-nums text-slate-700">{script.elementCount}</td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-600">
        <time dateTime={script.updatedAt}>{t("library.changedBy", { when, who: script.updatedBy })}</time>
      </td>
      {actions ? (
        <td className="px-4 py-3">
          <RowActions script={script} archived={archived} {...actions} />
        </td>
      ) : null}
    </tr>
  );
}

function RowActions({ script, archived, onRename, onDuplicate, onArchive }: { script: ScriptSummaryJson; archived: boolean } & Actions) {
  const t = useTranslations("library");
  return (
    <div className="flex justify-end gap-1">
      {archived ? (
        <Button size="sm" variant="ghost" onClick={() => onArchive(script, false)} aria-label={t("restoreLabel", { title: script.title })}>
          {t("restore")}
        </Button>
      ) : (
        <>
          <Button size="sm" variant="ghost" onClick={() => onRename(script)} aria-label={t("renameLabel", { title: script.title })}>
            {t("rename")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => onDuplicate(script)} aria-label={t("duplicateLabel", { title: script.title })}>
            {t("duplicate")}
          </Button>
          <Button size="sm" variant="danger" onClick={() => onArchive(script, true)} aria-label={t("archiveLabel", { title: script.title })}>
            {t("archive")}
          </Button>
        </>
      )}
    </div>
  );
}
