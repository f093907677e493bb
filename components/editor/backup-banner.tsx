"use client";

import { useFormatter, useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Backup } from "./local-backup";

/** Unsaved work this browser kept from an earlier visit: bring it back, or let it go. */
export function BackupBanner({ backup, onRestore, onDiscard }: { backup: Backup; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("editor.backup");
  const format = useFormatter();
  return (
    <div role="alert" className="flex items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      <span className="flex-1">{t("found", { when: format.dateTime(new Date(backup.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}</span>
      <Button size="sm" variant="primary" onClick={onRestore}>
        {t("restore")}
      </Button>
      <Button size="sm" variant="ghost" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}
