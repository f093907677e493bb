"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { RulePacksContent } from "./rule-packs-content";
import { RulePacksSkeleton } from "./rule-packs-skeleton";
import { useLintData } from "./use-lint-data";

/** The /rules page: the packs and the workspace settings, once both have arrived. */
export function RulePacksView() {
  const t = useTranslations();
  const { data, retry, reloadPacks } = useLintData();
  if (data.phase === "loading") return <RulePacksSkeleton />;
  if (data.phase === "failed") {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("lintRules.heading")}</h1>
        <div role="alert" className="mt-6 flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200">
          <span className="flex-1">{t("lintRules.loadFailed", { message: data.message ?? t("errors.network") })}</span>
          <Button onClick={retry}>{t("lintRules.retry")}</Button>
        </div>
      </div>
    );
  }
  return <RulePacksContent packs={data.packs} initialSettings={data.settings} reloadPacks={reloadPacks} />;
}
