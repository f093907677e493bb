"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "use-intl";
import type { VersionHistoryJson } from "@/lib/api/review";
import type { ScriptJson } from "@/lib/api/scripts";
import { ImportFileButton } from "@/components/lint-rules/import-file-button";
import { useApiData } from "@/components/admin/use-api-data";
import { useErrorText } from "@/components/admin/error-text";
import { useCan } from "@/components/shell/session-context";
import { DownloadDraftButton } from "./download-draft-button";
import { ImportOutcomeView } from "./import-outcome";
import { useFileImport } from "./use-file-import";

/** The script's published versions at a glance, and its draft as a file: out, in, or as a new script. */
export function VersionsCard({ script }: { script: ScriptJson }) {
  const t = useTranslations("versions.overview");
  const errorText = useErrorText();
  const canEdit = useCan("scripts.edit");
  const base = `/scripts/${encodeURIComponent(script.id)}`;
  const { state } = useApiData<VersionHistoryJson>(`/api/v1${base}/versions`);
  const files = useFileImport(script);
  const busy = files.outcome.phase === "busy";
  // The overview is marked in the script's language; this card speaks the interface's.
  const locale = useLocale();

  return (
    <section lang={locale} aria-labelledby="versions-files" className="mt-6 rounded-lg border border-slate-200 bg-white px-4 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="versions-files" className="text-lg font-semibold">
            {t("heading")}
          </h2>
          <p className="mt-1 text-sm" aria-live="polite">
            {state.phase === "loading" ? <span className="text-slate-500">{t("loading")}</span> : null}
            {state.phase === "failed" ? <span className="text-red-700">{t("loadFailed", { message: state.message ?? errorText(null) })}</span> : null}
            {state.phase === "ready" ? <LiveLine history={state.data} /> : null}
          </p>
        </div>
        <Link href={`${base}/versions`} className="text-sm font-medium text-blue-700 hover:underline">
          {t("history")} →
        </Link>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <DownloadDraftButton scriptId={script.id} onError={(error) => files.report(t("downloadFailed", { message: errorText(error) }))} />
        {canEdit && !script.archivedAt ? <ImportFileButton label={t("importDraft")} disabled={busy} onRead={files.intoDraft} onError={files.unreadable} /> : null}
        {canEdit ? <ImportFileButton label={t("importNew")} disabled={busy} onRead={files.asNew} onError={files.unreadable} /> : null}
      </div>
      {canEdit && !script.archivedAt ? <p className="mt-2 text-xs text-slate-500">{t("importDraftHint")}</p> : null}
      <ImportOutcomeView outcome={files.outcome} onDismiss={files.clear} />
    </section>
  );
}

function LiveLine({ history }: { history: VersionHistoryJson }) {
  const t = useTranslations("versions.overview");
  if (!history.live) return <span className="text-slate-600">{t("notPublished")}</span>;
  return (
    <span className="inline-flex items-center gap-1.5 font-medium text-emerald-800">
      <span aria-hidden className="size-2 rounded-full bg-emerald-500" />
      {t("live", { version: history.live.version, count: history.versions.length })}
    </span>
  );
}
