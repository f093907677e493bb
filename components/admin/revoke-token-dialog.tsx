"use client";

import { useTranslations } from "use-intl";
import { useConfirmedCall } from "./use-confirmed-call";
import type { ApiTokenJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "./confirm-dialog";

/** Revoking is final: systems using the token are refused from then on. */
export function RevokeTokenDialog({ token, onClose, onRevoked }: { token: ApiTokenJson | null; onClose: () => void; onRevoked: (token: ApiTokenJson) => void }) {
  const t = useTranslations("admin.revokeToken");
  const call = useConfirmedCall();

  const confirm = () =>
    call.run(async () => {
      if (!token) return;
      onRevoked(await callApi<ApiTokenJson>(`/api/v1/tokens/${token.id}`, { method: "DELETE" }));
    });

  return (
    <ConfirmDialog
      open={token !== null}
      heading={t("heading", { name: token?.name ?? "" })}
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
