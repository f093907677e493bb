"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { LivePointerJson } from "@/lib/api/review";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { useErrorText } from "@/components/admin/error-text";

type Props = { scriptId: string; version: number | null; current: number | null; onClose: () => void; onMoved: (live: LivePointerJson) => void };

/** Moving the live pointer reaches agent systems at once, so it is asked first. */
export function MakeLiveDialog({ scriptId, version, current, onClose, onMoved }: Props) {
  const t = useTranslations("versions.makeLive");
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = version ?? 0;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      onMoved(await callApi<LivePointerJson>(`/api/v1/scripts/${encodeURIComponent(scriptId)}/live`, { method: "PUT", body: { version: n } }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={version !== null}
      heading={t("heading", { version: n })}
      tone="primary"
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
      <p>{current === null ? t("bodyNoLive", { version: n }) : t("body", { version: n, current })}</p>
    </ConfirmDialog>
  );
}
