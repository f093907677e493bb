"use client";

import { useTranslations } from "use-intl";

/** Shown while the packs and settings are on their way. */
export function RulePacksSkeleton() {
  const t = useTranslations("lintRules");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{t("heading")}</h1>
      <div className="mt-2 mb-6 h-5 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="mb-6 h-28 animate-pulse rounded-lg bg-slate-200" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
          {Array.from({ length: 3 }, (_, j) => (
            <div key={j} className="h-12 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      ))}
    </div>
  );
}
