"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

/** The page could not load its list: the reason and a way to try again. */
export function LoadFailed({ message, onRetry }: { message: string | null; onRetry: () => void }) {
  const t = useTranslations();
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
      <span className="flex-1">{t("admin.loadFailed", { message: message ?? t("errors.network") })}</span>
      <Button onClick={onRetry}>{t("admin.retry")}</Button>
    </div>
  );
}

/** Grey rows where the table will be, announced as loading. */
export function TableSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div className="h-9 border-b border-slate-200 bg-slate-50" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-6 border-b border-slate-100 px-4 py-4 last:border-0">
          <div className="h-4 w-1/4 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-1/6 animate-pulse rounded bg-slate-100" />
          <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
