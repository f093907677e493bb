"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { useErrorText } from "@/components/admin/error-text";
import type { WebhookJson } from "@/lib/api/webhooks";

/** Deleting is final and takes the delivery log with it; pausing is the reversible choice. */
export function DeleteWebhookDialog({ webhook, onClose, onDeleted }: { webhook: WebhookJson | null; onClose: () => void; onDeleted: (webhook: WebhookJson) => void }) {
  const t = useTranslations("webhooks.deleteDialog");
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!webhook) return;
    setBusy(true);
    setError(null);
    try {
      await callApi<null>(`/api/v1/webhooks/${encodeURIComponent(webhook.id)}`, { method: "DELETE" });
      onDeleted(webhook);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={webhook !== null}
      heading={t("heading", { url: webhook?.url ?? "" })}
      confirmLabel={t("confirm")}
      busyLabel={t("busy")}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <p>{t("body")}</p>
    </ConfirmDialog>
  );
}
