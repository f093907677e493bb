"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { UserJson } from "@/lib/api/access";
import type { Role } from "@/lib/access/roles";
import { callApi } from "@/lib/api/client";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { Field, TextInput } from "@/components/ui/field";
import { formErrors, useErrorText } from "./error-text";
import { FormAlert } from "./form-alert";
import { RoleCheckboxes } from "./roles";
import { useFieldErrors } from "./use-field-errors";

const FIELDS = ["name", "roles"] as const;
type FieldName = (typeof FIELDS)[number];

/** Rename a user and set their roles; only what changed is sent. */
export function EditUserDialog({ user, onClose, onSaved }: { user: UserJson | null; onClose: () => void; onSaved: (user: UserJson) => void }) {
  const headingId = useId();
  const t = useTranslations("admin.userForm");
  return (
    <Dialog open={user !== null} onClose={onClose} labelledBy={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {user ? t("editHeading", { name: user.name }) : null}
      </h2>
      {user ? <EditUserForm key={user.id} user={user} onCancel={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

function EditUserForm({ user, onCancel, onSaved }: { user: UserJson; onCancel: () => void; onSaved: (user: UserJson) => void }) {
  const t = useTranslations("admin.userForm");
  const blank = useTranslations("validation")("blank");
  const errorText = useErrorText();
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const { errors, setErrors, changed } = useFieldErrors<FieldName>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) local.name = blank;
    if (roles.length === 0) local.roles = t("rolesRequired");
    if (Object.keys(local).length > 0) return setErrors({ byField: local, form: null });
    const change = {
      ...(name.trim() !== user.name ? { name: name.trim() } : {}),
      ...(roles.join() !== user.roles.join() ? { roles } : {}),
    };
    if (Object.keys(change).length === 0) return onCancel();
    setBusy(true);
    setErrors({ byField: {}, form: null });
    try {
      onSaved(await callApi<UserJson>(`/api/v1/users/${user.id}`, { method: "PATCH", body: change }));
    } catch (error) {
      setBusy(false);
      setErrors(formErrors(error, FIELDS, errorText));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="max-h-[70vh] space-y-4 overflow-y-auto px-6 py-5">
        <FormAlert message={errors.form} />
        <Field label={t("name")} error={errors.byField.name}>
          {(control) => <TextInput {...control} autoFocus maxLength={80} autoComplete="off" value={name} onChange={(e) => changed("name", setName)(e.target.value)} />}
        </Field>
        <div>
          <p className="text-xs font-medium text-slate-700">{t("email")}</p>
          <p className="mt-1 text-sm text-slate-900">{user.email}</p>
          <p className="text-xs text-slate-500">{t("emailFixed")}</p>
        </div>
        <RoleCheckboxes value={roles} onChange={changed("roles", setRoles)} error={errors.byField.roles} />
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("save")} busyLabel={t("saving")} />
    </form>
  );
}
