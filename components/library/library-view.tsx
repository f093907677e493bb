"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { isFiltered, libraryHref, type LibraryQuery } from "@/lib/library/library-query";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { useCan } from "@/components/shell/session-context";
import { CreateScriptDialog } from "./create-script-dialog";
import { LibraryToolbar } from "./library-toolbar";
import { NoticeBar } from "@/components/ui/notice-bar";
import { RenameScriptDialog } from "./rename-script-dialog";
import { ScriptTable } from "./script-table";
import { useLibraryActions } from "./use-library-actions";
import { useNotice } from "@/components/ui/use-notice";

type Props = { scripts: ScriptSummaryJson[]; query: LibraryQuery; hasAnyScripts: boolean };

export function LibraryView({ scripts, query, hasAnyScripts }: Props) {
  const t = useTranslations("library");
  const tAuth = useTranslations("auth.readOnly");
  // Approvers read the copy; only roles that edit scripts see the ways to change them.
  const canEdit = useCan("scripts.edit");
  const router = useRouter();
  const [filtering, startFiltering] = useTransition();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<ScriptSummaryJson | null>(null);
  const { notice, show, dismiss } = useNotice();
  const actions = useLibraryActions(show);

  const applyQuery = useCallback(
    (next: LibraryQuery) => startFiltering(() => router.replace(libraryHref(next), { scroll: false })),
    [router],
  );

  const busy = filtering || actions.refreshing;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("heading")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("intro")} <span className="text-slate-500">{t("count", { count: scripts.length })}</span>
          </p>
        </div>
        {canEdit ? (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t("newScript")}
          </Button>
        ) : null}
      </div>

      <NoticeBar notice={notice} onDismiss={dismiss} />

      <div className="mb-4 flex items-end gap-4">
        <div className="flex-1">
          <LibraryToolbar query={query} onChange={applyQuery} />
        </div>
        <div className="h-8 w-28 text-right" aria-live="polite">
          {busy ? <Spinner label={t("loading")} /> : null}
        </div>
      </div>

      <div aria-busy={busy} className={busy ? "opacity-70 transition-opacity" : "transition-opacity"}>
        {scripts.length > 0 ? (
          <ScriptTable
            scripts={scripts}
            canEdit={canEdit}
            onRename={setRenaming}
            onDuplicate={(s) => void actions.duplicate(s)}
            onArchive={(s, archived) => void actions.setArchived(s, archived)}
          />
        ) : hasAnyScripts && isFiltered(query) ? (
          <EmptyState
            title={t("noMatchTitle")}
            body={t("noMatchBody")}
            action={<Button onClick={() => applyQuery({ q: "", family: null, archived: "active" })}>{t("clearFilters")}</Button>}
          />
        ) : (
          <EmptyState
            title={t("emptyTitle")}
            body={canEdit ? t("emptyBody") : tAuth("libraryEmpty")}
            action={
              canEdit ? (
                <Button variant="primary" onClick={() => setCreating(true)}>
                  {t("emptyAction")}
                </Button>
              ) : undefined
            }
          />
        )}
      </div>

      {canEdit ? (
        <>
          <CreateScriptDialog open={creating} onClose={() => setCreating(false)} />
          <RenameScriptDialog
            script={renaming}
            onClose={() => setRenaming(null)}
            onRenamed={(script) => {
              setRenaming(null);
              actions.renamed(script);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
