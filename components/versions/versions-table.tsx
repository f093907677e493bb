"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { LivePointerJson, VersionSummaryJson } from "@/lib/api/review";
import { Button } from "@/components/ui/button";
import { useCan } from "@/components/shell/session-context";
import { DataTable } from "@/components/ui/data-table";

type Props = {
  scriptId: string;
  versions: VersionSummaryJson[];
  live: LivePointerJson | null;
  onRestore: (version: number) => void;
  onMakeLive: (version: number) => void;
};

/** Every published version, newest first, with what each reader's role may do with it. */
export function VersionsTable(props: Props) {
  const t = useTranslations("versions.table");
  return (
    <DataTable caption={t("caption")} columns={[t("version"), t("published"), t("note"), t("status")]} actions={t("actions")}>
      {props.versions.map((version) => (
        <VersionRow key={version.version} {...props} version={version} />
      ))}
    </DataTable>
  );
}

function VersionRow({ scriptId, version, live, onRestore, onMakeLive }: Omit<Props, "versions"> & { version: VersionSummaryJson }) {
  const t = useTranslations("versions");
  const format = useFormatter();
  const canRestore = useCan("scripts.edit");
  const canMakeLive = useCan("versions.rollback");
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const n = version.version;
  const isLive = live?.version === n;
  return (
    <tr className={isLive ? "bg-emerald-50/40" : "hover:bg-slate-50/60"} data-version={n}>
      <th scope="row" className="px-4 py-3 text-left align-top font-medium whitespace-nowrap text-slate-900">
        {t("table.versionName", { version: n })}
        <div className="mt-0.5 font-mono text-xs font-normal text-slate-500" title={version.contentHash}>
          {t("table.hash", { hash: version.contentHash.slice(0, 8) })}
        </div>
      </th>
      <td className="px-4 py-3 align-top text-slate-600">
        <time dateTime={version.publishedAt} className="whitespace-nowrap">
          {when(version.publishedAt)}
        </time>
        <div className="text-xs text-slate-500">{version.publishedBy}</div>
      </td>
      <td className="max-w-xs px-4 py-3 align-top text-slate-700">{version.note || <span className="text-slate-400">{t("table.noNote")}</span>}</td>
      <td className="px-4 py-3 align-top">
        {isLive && live ? (
          <>
            <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-emerald-800">
              <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
              {t("table.live")}
            </span>
            <div className="mt-1 text-xs text-slate-500">{t("liveMoved", { who: live.movedBy, when: when(live.movedAt) })}</div>
          </>
        ) : null}
      </td>
      <td className="px-4 py-3 text-right align-top">
        <div className="flex flex-wrap justify-end gap-1.5">
          <a
            href={`/api/v1/scripts/${encodeURIComponent(scriptId)}/versions/${n}?download=1`}
            download
            aria-label={t("table.downloadLabel", { version: n })}
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium whitespace-nowrap text-slate-700 hover:bg-slate-50"
          >
            {t("table.download")}
          </a>
          {canRestore ? (
            <Button size="sm" onClick={() => onRestore(n)} aria-label={t("table.restoreLabel", { version: n })}>
              {t("table.restore")}
            </Button>
          ) : null}
          {canMakeLive && !isLive ? (
            <Button size="sm" onClick={() => onMakeLive(n)} aria-label={t("table.makeLiveLabel", { version: n })}>
              {t("table.makeLive")}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
