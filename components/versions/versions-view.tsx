"use client";

import Link from "next/link";
import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import type { VersionHistoryJson } from "@/lib/api/review";
import { EmptyState } from "@/components/ui/empty-state";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { useCan } from "@/components/shell/session-context";
import { MakeLiveDialog } from "./make-live-dialog";
import { RestoreVersionDialog } from "./restore-version-dialog";
import { VersionDiffPanel } from "./version-diff-panel";
import { VersionsTable } from "./versions-table";

export type VersionsScript = { id: string; slug: string; title: string; locale: string; archived: boolean };

/** /scripts/[id]/versions: the published versions, what is live, and the diff between any two. */
export function VersionsView({ script, history: initial }: { script: VersionsScript; history: VersionHistoryJson }) {
  const t = useTranslations("versions");
  const format = useFormatter();
  const canEdit = useCan("scripts.edit");
  const [history, setHistory] = useState(initial);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [makingLive, setMakingLive] = useState<number | null>(null);
  const { notice, show, dismiss } = useNotice();
  const { versions, live } = history;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Link href={`/scripts/${encodeURIComponent(script.id)}`} className="text-sm text-blue-700 hover:underline">
        ← {t("back", { title: script.title })}
      </Link>
      <div className="mt-3 mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-5">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold text-slate-900">{t("heading")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t.rich("intro", { slug: script.slug, code: (chunks) => <code className="font-mono text-slate-800">{chunks}</code> })}
          </p>
        </div>
        <p className="text-sm" role="status">
          {live ? (
            <>
              <span className="font-semibold text-emerald-800">{t("liveNow", { version: live.version })}</span>
              <span className="block text-xs text-slate-500">{t("liveMoved", { who: live.movedBy, when: when(live.movedAt) })}</span>
            </>
          ) : (
            <span className="text-slate-600">{t("notLive")}</span>
          )}
        </p>
      </div>
      <NoticeBar notice={notice} onDismiss={dismiss} />

      {versions.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            canEdit && !script.archived ? (
              <Link href={`/scripts/${encodeURIComponent(script.id)}/edit`} className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700">
                {t("openEditor")}
              </Link>
            ) : null
          }
        />
      ) : (
        <>
          <VersionsTable scriptId={script.id} versions={versions} live={live} onRestore={setRestoring} onMakeLive={setMakingLive} />
          <VersionDiffPanel scriptId={script.id} versions={versions.map((v) => v.version)} lang={script.locale} />
        </>
      )}

      <RestoreVersionDialog scriptId={script.id} version={restoring} onClose={() => setRestoring(null)} />
      <MakeLiveDialog
        scriptId={script.id}
        version={makingLive}
        current={live?.version ?? null}
        onClose={() => setMakingLive(null)}
        onMoved={(pointer) => {
          setHistory((h) => ({ ...h, live: pointer }));
          setMakingLive(null);
          show({ tone: "info", text: t("makeLive.done", { version: pointer.version }) });
        }}
      />
    </div>
  );
}
