"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "./settings-saver";

/** How a workspace setting's save is going; a failure stays, with a retry, until it is saved. */
export function SaveState({ status, onRetry, className = "" }: { status: SaveStatus | undefined; onRetry: () => void; className?: string }) {
  const t = useTranslations();
  return (
    <span aria-live="polite" className={`text-xs ${className}`}>
      {status?.state === "saving" ? <span className="text-slate-500">{t("lintRules.save.saving")}</span> : null}
      {status?.state === "saved" ? <span className="text-emerald-700">✓ {t("lintRules.save.saved")}</span> : null}
      {status?.state === "failed" ? (
        <span role="alert" className="inline-flex flex-wrap items-center gap-x-2 text-red-700">
          {t("lintRules.save.failed", { message: status.message ?? t("errors.network") })}
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t("lintRules.save.retry")}
          </Button>
        </span>
      ) : null}
    </span>
  );
}
