"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { useTranslations } from "use-intl";
import { auditPageHref, isAuditFiltered, NO_AUDIT_FILTERS, type AuditFilters } from "@/lib/access/audit-filters";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AdminFrame } from "./admin-frame";
import { AuditFilterBar } from "./audit-filter-bar";
import { AuditTable } from "./audit-table";
import { LoadFailed, TableSkeleton } from "./page-states";
import { useAuditLog } from "./use-audit-log";
import { useAuditText } from "./use-audit-text";

/** /admin/audit: the log, filtered by what the URL says; a filter change is a new URL. */
export function AuditView({ filters }: { filters: AuditFilters }) {
  const t = useTranslations("admin.audit");
  const router = useRouter();
  const [navigating, startNavigating] = useTransition();
  const { log, retry, loadOlder } = useAuditLog(filters);
  const text = useAuditText();

  const applyFilters = useCallback(
    (next: AuditFilters) => startNavigating(() => router.replace(auditPageHref(next), { scroll: false })),
    [router],
  );

  return (
    <AdminFrame heading={t("heading")} intro={t("intro")}>
      <AuditFilterBar filters={filters} actors={log.phase === "ready" ? log.actors : []} actorText={text.actor} onChange={applyFilters} />
      <div aria-busy={navigating} className={navigating ? "opacity-70 transition-opacity" : "transition-opacity"}>
        {log.phase === "loading" ? <TableSkeleton label={t("loading")} rows={6} /> : null}
        {log.phase === "failed" ? <LoadFailed message={log.message} onRetry={retry} /> : null}
        {log.phase === "ready" && log.entries.length === 0 ? (
          isAuditFiltered(filters) ? (
            <EmptyState title={t("noMatchTitle")} body={t("noMatchBody")} action={<Button onClick={() => applyFilters(NO_AUDIT_FILTERS)}>{t("clear")}</Button>} />
          ) : (
            <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
          )
        ) : null}
        {log.phase === "ready" && log.entries.length > 0 ? (
          <>
            <AuditTable entries={log.entries} describe={text.describe} actor={text.actor} />
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-500">
              <span aria-live="polite">{log.more ? t("shown", { count: log.entries.length }) : t("allShown", { count: log.entries.length })}</span>
              {typeof log.older === "object" ? (
                <span role="alert" className="text-red-700">
                  {log.older.error}
                </span>
              ) : null}
              {log.more ? (
                <Button onClick={() => void loadOlder()} disabled={log.older === "loading"}>
                  {log.older === "loading" ? t("loadingOlder") : t("loadOlder")}
                </Button>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </AdminFrame>
  );
}
