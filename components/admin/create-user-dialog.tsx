"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { PASSWORD_MIN, type UserJson, type UserWithPasswordJson } from "@/lib/api/access";
import type { Role } from "@/lib/access/roles";
import { callApi } from "@/lib/api/client";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, TextInput } from "@/components/ui/field";
import { formErrors, useErrorText } from "./error-text";
import { FormAlert } from "./form-alert";
import { RoleCheckboxes } from "./roles";
import { SecretStep } from "./secret-step";
import { useFieldErrors } from "./use-field-errors";

const FIELDS = ["name", "email", "roles", "password"] as const;
type FieldName = (typeof FIELDS)[number];

/** New user: the form, then (when the server chose the password) the password, shown once. */
export function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: UserJson) => void }) {
  const headingId = useId();
  const t = useTranslations("admin.userForm");
  const [created, setCreated] = useState<UserWithPasswordJson | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  const temporary = created?.temporaryPassword;
  return (
    <Dialog open={open} onClose={close} labelledBy={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {temporary ? t("createdHeading") : t("createHeading")}
      </h2>
      {created && temporary ? (
        <SecretStep body={t("createdBody", { email: created.user.email })} label={t("temporaryLabel")} secret={temporary} onDone={close} />
      ) : (
        <CreateUserForm
          onCancel={close}
          onCreated={(answer) => {
            onCreated(answer.user);
            if (answer.temporaryPassword) setCreated(answer);
            else close();
          }}
        />
      )}
    </Dialog>
  );
}

function CreateUserForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (answer: UserWithPasswordJson) => void }) {
  const t = useTranslations("admin.userForm");
  const errorText = useErrorText();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["designer"]);
  const [choosePassword, setChoosePassword] = useState(false);
  const [password, setPassword] = useState("");
  const { errors, setErrors, changed } = useFieldErrors<FieldName>();
  const [busy, setBusy] = useState(false);
  const blank = useTranslations("validation")("blank");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) local.name = blank;
    if (!email.trim()) local.email = blank;
    if (roles.length === 0) local.roles = t("rolesRequired");
    if (choosePassword && password.length < PASSWORD_MIN) local.password = t("passwordTooShort", { min: PASSWORD_MIN });
    if (Object.keys(local).length > 0) return setErrors({ byField: local, form: null });
    setBusy(true);
    setErrors({ byField: {}, form: null });
    try {
      const body = { name: name.trim(), email: email.trim(), roles, ...(choosePassword ? { password } : {}) };
      onCreated(await callApi<UserWithPasswordJson>("/api/v1/users", { method: "POST", body }));
    } catch (error) {
      setBusy(false);
      setErrors(formErrors(error, FIELDS, errorText, { "email-taken": "email" }));
    }
  }

  const { byField } = errors;
  return (
    <form onSubmit={submit} noValidate>
      <div className="max-h-[70vh] space-y-4 overflow-y-auto px-6 py-5">
        <FormAlert message={errors.form} />
        <Field label={t("name")} error={byField.name}>
          {(control) => <TextInput {...control} autoFocus maxLength={80} autoComplete="off" value={name} onChange={(e) => changed("name", setName)(e.target.value)} />}
        </Field>
        <Field label={t("email")} error={byField.email}>
          {(control) => <TextInput {...control} type="email" maxLength={254} autoComplete="off" value={email} onChange={(e) => changed("email", setEmail)(e.target.value)} />}
        </Field>
        <RoleCheckboxes value={roles} onChange={changed("roles", setRoles)} error={byField.roles} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("password")}</legend>
          <div className="mt-2 space-y-2 text-sm">
            <label className="flex items-start gap-2">
              <input type="radio" name="password-mode" className="mt-1" checked={!choosePassword} onChange={() => setChoosePassword(false)} />
              <span>
                {t("temporary")}
                <span className="block text-xs text-slate-500">{t("temporaryHint")}</span>
              </span>
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="password-mode" checked={choosePassword} onChange={() => setChoosePassword(true)} />
              {t("chosen")}
            </label>
          </div>
          {choosePassword ? (
            <Field label={t("passwordLabel")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={byField.password} className="mt-3 ml-6">
              {(control) => <TextInput {...control} type="password" autoComplete="new-password" maxLength={128} value={password} onChange={(e) => changed("password", setPassword)(e.target.value)} />}
            </Field>
          ) : null}
        </fieldset>
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("create")} busyLabel={t("creating")} />
    </form>
  );
}
