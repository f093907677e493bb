"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { UserJson, UserWithPasswordJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmBody, DialogHeading } from "./confirm-dialog";
import { useErrorText } from "./error-text";
import { SecretStep } from "./secret-step";

/** Asks, has the server make a temporary password (their sessions end), then shows it once. */
export function ResetPasswordDialog({ user, onClose, onReset }: { user: UserJson | null; onClose: () => void; onReset: (user: UserJson) => void }) {
  const t = useTranslations("admin");
  const headingId = useId();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const close = () => {
    setError(null);
    setTemporary(null);
    onClose();
  };

  async function confirm() {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await callApi<UserWithPasswordJson>(`/api/v1/users/${user.id}/password`, { method: "POST", body: {} });
      setTemporary(answer.temporaryPassword ?? null);
      onReset(answer.user);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  const values = { name: user?.name ?? "", email: user?.email ?? "" };
  return (
    <Dialog open={user !== null} onClose={close} labelledBy={headingId}>
      <DialogHeading id={headingId}>{temporary ? t("resetPassword.doneHeading") : t("resetPassword.heading", values)}</DialogHeading>
      {temporary ? (
        <SecretStep body={t("resetPassword.doneBody", values)} label={t("userForm.temporaryLabel")} secret={temporary} onDone={close} />
      ) : (
        <ConfirmBody
          confirmLabel={t("resetPassword.confirm")}
          busyLabel={t("resetPassword.busy")}
          busy={busy}
          error={error}
          onConfirm={() => void confirm()}
          onCancel={close}
        >
          <p>{t("resetPassword.body", values)}</p>
        </ConfirmBody>
      )}
    </Dialog>
  );
}
