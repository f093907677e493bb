"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "use-intl";
import type { AuditEntryJson } from "@/lib/api/access";
import { DataTable } from "@/components/ui/data-table";

type Props = { entries: AuditEntryJson[]; describe: (entry: AuditEntryJson) => string; actor: (label: string) => string };

export function AuditTable({ entries, describe, actor }: Props) {
  const t = useTranslations("admin.audit");
  const format = useFormatter();
  return (
    <DataTable caption={t("tableCaption")} columns={[t("colWhen"), t("colWho"), t("colWhat"), t("colScript")]}>
      {entries.map((entry) => (
        <tr key={entry.id} className="align-top hover:bg-slate-50/60">
          <td className="px-4 py-2.5 whitespace-nowrap text-slate-600 tabular-nums">
            <time dateTime={entry.at}>{format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "medium" })}</time>
          </td>
          <td className="max-w-56 px-4 py-2.5 break-words text-slate-700">{actor(entry.actorLabel)}</td>
          <td className="px-4 py-2.5 text-slate-900">{describe(entry)}</td>
          <td className="max-w-48 px-4 py-2.5">
            {entry.scriptId ? (
              <Link
                href={`/scripts/${entry.scriptId}`}
                aria-label={t("openScript", { title: entry.target ?? entry.scriptId })}
                className="block truncate text-blue-700 hover:underline"
                title={entry.target ?? entry.scriptId}
              >
                {entry.target ?? entry.scriptId}
              </Link>
            ) : (
              <span className="text-slate-400">—</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
