"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ApiTokenJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "./confirm-dialog";
import { useErrorText } from "./error-text";

/** Revoking is final: systems using the token are refused from then on. */
export function RevokeTokenDialog({ token, onClose, onRevoked }: { token: ApiTokenJson | null; onClose: () => void; onRevoked: (token: ApiTokenJson) => void }) {
  const t = useTranslations("admin.revokeToken");
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      onRevoked(await callApi<ApiTokenJson>(`/api/v1/tokens/${token.id}`, { method: "DELETE" }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open={token !== null}
      heading={t("heading", { name: token?.name ?? "" })}
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
