"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { useEditor } from "./editor-context";

const TONES = {
  saved: "text-slate-500",
  pending: "text-amber-700",
  saving: "text-slate-600",
  offline: "text-amber-800",
  error: "text-red-700",
  conflict: "text-red-700",
} as const;

/** Where the work stands: saved, waiting, saving, offline (retrying), refused, or in conflict. */
export function SaveStatus({ onRetry }: { onRetry: () => void }) {
  const t = useTranslations("editor.save");
  const save = useEditor((s) => s.save);
  return (
    <div className="flex items-center gap-2 text-xs" role="status" aria-live="polite">
      <span className={`inline-flex items-center gap-1.5 ${TONES[save.status]}`} title={t("revision", { revision: save.revision })}>
        <span aria-hidden className={`size-2 rounded-full ${save.status === "saved" ? "bg-emerald-500" : save.status === "saving" ? "animate-pulse bg-blue-500" : save.status === "pending" ? "bg-amber-400" : "bg-red-500"}`} />
        {t(save.status)}
      </span>
      {save.status === "offline" || save.status === "error" ? (
        <Button size="sm" variant="ghost" onClick={onRetry}>
          {t("retry")}
        </Button>
      ) : null}
    </div>
  );
}
