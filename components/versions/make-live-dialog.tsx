"use client";

import { useTranslations } from "use-intl";
import { useConfirmedCall } from "@/components/admin/use-confirmed-call";
import type { LivePointerJson } from "@/lib/api/review";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";

type Props = { scriptId: string; version: number | null; current: number | null; onClose: () => void; onMoved: (live: LivePointerJson) => void };

/** Moving the live pointer reaches agent systems at once, so it is asked first. */
export function MakeLiveDialog({ scriptId, version, current, onClose, onMoved }: Props) {
  const t = useTranslations("versions.makeLive");
  const call = useConfirmedCall();
  const n = version ?? 0;

  const confirm = () =>
    call.run(async () => {
      onMoved(await callApi<LivePointerJson>(`/api/v1/scripts/${encodeURIComponent(scriptId)}/live`, { method: "PUT", body: { version: n } }));
    });

  return (
    <ConfirmDialog
      open={version !== null}
      heading={t("heading", { version: n })}
      tone="primary"
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
      <p>{current === null ? t("bodyNoLive", { version: n }) : t("body", { version: n, current })}</p>
    </ConfirmDialog>
  );
}
