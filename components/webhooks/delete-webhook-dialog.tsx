"use client";

import { useTranslations } from "use-intl";
import { useConfirmedCall } from "@/components/admin/use-confirmed-call";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import type { WebhookJson } from "@/lib/api/webhooks";

/** Deleting is final and takes the delivery log with it; pausing is the reversible choice. */
export function DeleteWebhookDialog({ webhook, onClose, onDeleted }: { webhook: WebhookJson | null; onClose: () => void; onDeleted: (webhook: WebhookJson) => void }) {
  const t = useTranslations("webhooks.deleteDialog");
  const call = useConfirmedCall();

  const confirm = () =>
    call.run(async () => {
      if (!webhook) return;
      await callApi<null>(`/api/v1/webhooks/${encodeURIComponent(webhook.id)}`, { method: "DELETE" });
      onDeleted(webhook);
    });

  return (
    <ConfirmDialog
      open={webhook !== null}
      heading={t("heading", { url: webhook?.url ?? "" })}
      confirmLabel={t("confirm")}
      busyLabel={t("busy")}
      busy={call.busy}
      error={call.error}
      onConfirm={() => void confirm()}
      onCancel={() => {
        call.clear();
        onClose();
      }}
    >
      <p>{t("body")}</p>
    </ConfirmDialog>
  );
}
