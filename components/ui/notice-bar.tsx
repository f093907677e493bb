"use client";

import { useTranslations } from "use-intl";
import { Button } from "./button";
import type { Notice } from "./use-notice";

/** Announced to screen readers; stays until dismissed or replaced, so nothing flashes by unread. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const t = useTranslations();
  return (
    <div aria-live="polite" className="min-h-0">
      {notice ? (
        <div
          role={notice.tone === "error" ? "alert" : "status"}
          className={`mb-4 flex items-center gap-3 rounded-md px-4 py-2.5 text-sm ${
            notice.tone === "error" ? "bg-red-50 text-red-800 ring-1 ring-red-200" : "bg-slate-800 text-white"
          }`}
        >
          <span className="flex-1">{notice.text}</span>
          {notice.undo ? (
            <Button size="sm" variant="ghost" className="text-inherit hover:bg-white/10 hover:text-inherit" onClick={notice.undo}>
              {t("common.undo")}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" className="text-inherit hover:bg-white/10 hover:text-inherit" onClick={onDismiss} aria-label={t("common.close")}>
            ×
          </Button>
        </div>
      ) : null}
    </div>
  );
}
