"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ApiTokenJson, CreatedTokenJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, TextInput } from "@/components/ui/field";
import { DialogHeading } from "./confirm-dialog";
import { CopyButton } from "./copy-button";
import { formErrors, useErrorText } from "./error-text";
import { FormAlert } from "./form-alert";
import { SecretStep } from "./secret-step";

/** Name a token, then see it once with an example request. */
export function CreateTokenDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (token: ApiTokenJson) => void }) {
  const t = useTranslations("admin.tokenForm");
  const headingId = useId();
  const [created, setCreated] = useState<CreatedTokenJson | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} labelledBy={headingId} size={created ? "wide" : "md"}>
      <DialogHeading id={headingId}>{created ? t("createdHeading", { name: created.record.name }) : t("heading")}</DialogHeading>
      {created ? (
        <SecretStep body={t("createdBody")} label={t("tokenLabel")} secret={created.token} onDone={close}>
          <ExampleRequest token={created.token} />
        </SecretStep>
      ) : (
        <CreateTokenForm
          onCancel={close}
          onCreated={(answer) => {
            onCreated(answer.record);
            setCreated(answer);
          }}
        />
      )}
    </Dialog>
  );
}

/** How an agent system sends the token: the list of published scripts is the first call to try. */
function ExampleRequest({ token }: { token: string }) {
  const t = useTranslations("admin.tokenForm");
  const command = `curl -H "Authorization: Bearer ${token}" ${window.location.origin}/api/v1/published`;
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs font-medium text-slate-700">{t("example")}</p>
        <CopyButton text={command} what={t("exampleLabel")} />
      </div>
      <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 px-3 py-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-100">{command}</pre>
    </div>
  );
}

function CreateTokenForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (answer: CreatedTokenJson) => void }) {
  const t = useTranslations("admin.tokenForm");
  const blank = useTranslations("validation")("blank");
  const errorText = useErrorText();
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<{ byField: { name?: string }; form: string | null }>({ byField: {}, form: null });
  const [busy, setBusy] = useState(false);

  // The name's error goes as soon as it is changed; the next submit checks it again.
  const rename = (value: string) => {
    setName(value);
    setErrors((e) => ({ ...e, byField: {} }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ byField: { name: blank }, form: null });
    setBusy(true);
    setErrors({ byField: {}, form: null });
    try {
      onCreated(await callApi<CreatedTokenJson>("/api/v1/tokens", { method: "POST", body: { name: name.trim() } }));
    } catch (error) {
      setBusy(false);
      setErrors(formErrors(error, ["name"] as const, errorText));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="space-y-4 px-6 py-5">
        <FormAlert message={errors.form} />
        <Field label={t("name")} hint={t("nameHint")} error={errors.byField.name}>
          {(control) => <TextInput {...control} autoFocus maxLength={80} autoComplete="off" value={name} onChange={(e) => rename(e.target.value)} />}
        </Field>
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("create")} busyLabel={t("creating")} />
    </form>
  );
}
