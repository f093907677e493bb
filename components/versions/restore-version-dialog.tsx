"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { callApi } from "@/lib/api/client";
import { ConfirmBody, DialogHeading } from "@/components/admin/confirm-dialog";
import { useErrorText } from "@/components/admin/error-text";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Asks before a published version replaces the draft, then offers the way to the editor. */
export function RestoreVersionDialog({ scriptId, version, onClose }: { scriptId: string; version: number | null; onClose: () => void }) {
  const t = useTranslations("versions");
  const headingId = useId();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<ScriptSummaryJson | null>(null);
  const n = version ?? 0;

  const close = () => {
    setError(null);
    setRestored(null);
    onClose();
  };

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      setRestored(await callApi<ScriptSummaryJson>(`/api/v1/scripts/${encodeURIComponent(scriptId)}/versions/${n}/restore`, { method: "POST" }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={version !== null} onClose={close} labelledBy={headingId}>
      <DialogHeading id={headingId}>{restored ? t("restore.doneHeading", { version: n }) : t("restore.heading", { version: n })}</DialogHeading>
      {restored ? (
        <>
          <p className="px-6 py-4 text-sm text-slate-700">{t("restore.doneBody", { revision: restored.revision })}</p>
          <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
            <Button onClick={close}>{t("restore.close")}</Button>
            <Link
              href={`/scripts/${encodeURIComponent(scriptId)}/edit`}
              autoFocus
              className="inline-flex items-center rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-white hover:bg-blue-700"
            >
              {t("openEditor")}
            </Link>
          </div>
        </>
      ) : (
        <ConfirmBody
          tone="primary"
          confirmLabel={t("restore.confirm")}
          busyLabel={t("restore.busy")}
          busy={busy}
          error={error}
          onConfirm={() => void confirm()}
          onCancel={close}
        >
          <p>{t("restore.body", { version: n })}</p>
          <p className="font-medium text-amber-800">{t("restore.warning")}</p>
        </ConfirmBody>
      )}
    </Dialog>
  );
}
