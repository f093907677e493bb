"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { callApi } from "@/lib/api/client";
import { DialogHeading } from "@/components/admin/confirm-dialog";
import { formErrors, useErrorText } from "@/components/admin/error-text";
import { FormAlert } from "@/components/admin/form-alert";
import { SecretStep } from "@/components/admin/secret-step";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, TextInput } from "@/components/ui/field";
import type { CreatedWebhookJson, WebhookJson } from "@/lib/api/webhooks";
import { VerifyNote } from "./verify-note";

/** Register an endpoint, then see its signing secret once, with how to check a delivery. */
export function CreateWebhookDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (webhook: WebhookJson) => void }) {
  const t = useTranslations("webhooks.form");
  const headingId = useId();
  const [created, setCreated] = useState<CreatedWebhookJson | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} labelledBy={headingId} size={created ? "wide" : "md"}>
      <DialogHeading id={headingId}>{created ? t("createdHeading") : t("heading")}</DialogHeading>
      {created ? (
        <SecretStep body={t("createdBody")} label={t("secretLabel")} secret={created.secret} onDone={close}>
          <VerifyNote />
        </SecretStep>
      ) : (
        <CreateWebhookForm
          onCancel={close}
          onCreated={(answer) => {
            onCreated(answer.webhook);
            setCreated(answer);
          }}
        />
      )}
    </Dialog>
  );
}

type Errors = { byField: { url?: string; description?: string }; form: string | null };

function CreateWebhookForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (answer: CreatedWebhookJson) => void }) {
  const t = useTranslations("webhooks.form");
  const errorText = useErrorText();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<Errors>({ byField: {}, form: null });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Checked here too so the common slip is answered at once; the server checks it again.
    if (!/^https?:\/\/\S+$/i.test(url.trim())) return setErrors({ byField: { url: t("urlInvalid") }, form: null });
    setBusy(true);
    setErrors({ byField: {}, form: null });
    try {
      onCreated(await callApi<CreatedWebhookJson>("/api/v1/webhooks", { method: "POST", body: { url: url.trim(), description: description.trim() } }));
    } catch (error) {
      setBusy(false);
      setErrors(formErrors(error, ["url", "description"] as const, errorText));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="space-y-4 px-6 py-5">
        <FormAlert message={errors.form} />
        <Field label={t("url")} hint={t("urlHint")} error={errors.byField.url}>
          {(control) => (
            <TextInput
              {...control}
              type="url"
              autoFocus
              inputMode="url"
              maxLength={2000}
              autoComplete="off"
              spellCheck={false}
              placeholder="https://"
              className="font-mono"
              value={url}
              onChange={(e) => {
                setUrl(e.target.value);
                setErrors((x) => ({ ...x, byField: { ...x.byField, url: undefined } }));
              }}
            />
          )}
        </Field>
        <Field label={t("description")} hint={t("descriptionHint")} error={errors.byField.description}>
          {(control) => <TextInput {...control} maxLength={200} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("create")} busyLabel={t("creating")} />
    </form>
  );
}
