"use client";

import { useTranslations } from "use-intl";
import type { UserJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { ConfirmDialog } from "./confirm-dialog";
import { useConfirmedCall } from "./use-confirmed-call";

export type ActiveChange = { user: UserJson; active: boolean };

/** Deactivate (their sessions end at once) or reactivate, after saying so. */
export function SetActiveDialog({ change, onClose, onDone }: { change: ActiveChange | null; onClose: () => void; onDone: (user: UserJson) => void }) {
  const t = useTranslations("admin.setActive");
  const call = useConfirmedCall();
  const close = () => {
    call.clear();
    onClose();
  };

  const confirm = () =>
    call.run(async () => {
      if (!change) return;
      onDone(await callApi<UserJson>(`/api/v1/users/${change.user.id}`, { method: "PATCH", body: { active: change.active } }));
    });

  const deactivating = change?.active === false;
  const values = { name: change?.user.name ?? "", email: change?.user.email ?? "" };
  return (
    <ConfirmDialog
      open={change !== null}
      heading={deactivating ? t("deactivateHeading", values) : t("reactivateHeading", values)}
      confirmLabel={deactivating ? t("deactivate") : t("reactivate")}
      busyLabel={deactivating ? t("deactivating") : t("reactivating")}
      tone={deactivating ? "danger" : "primary"}
      busy={call.busy}
      error={call.error}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <p>{deactivating ? t("deactivateBody", values) : t("reactivateBody", values)}</p>
    </ConfirmDialog>
  );
}
