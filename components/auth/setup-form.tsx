"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { confirmProblem, emailProblem, nameProblem, newPasswordProblem } from "@/lib/api/credential-checks";
import { PASSWORD_MAX, PASSWORD_MIN, type SessionJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { useGoAfterSessionChange } from "@/components/shell/use-go-after-session-change";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormAlert } from "./form-alert";
import { useCredentialForm } from "./use-credential-form";

/** Where the first admin lands: the page where they add everyone else. */
const AFTER_SETUP = "/admin/users";

/** The one-time form that creates the first admin and signs them in. */
export function SetupForm() {
  const t = useTranslations("auth.setup");
  const tAuth = useTranslations("auth");
  const [values, setValues] = useState({ name: "", email: "", password: "", confirm: "" });
  const { go, navigating } = useGoAfterSessionChange();
  const form = useCredentialForm<keyof typeof values>({ messages: { email: tAuth("signIn.emailInvalid"), mismatch: t("mismatch") } });
  const busy = form.pending || navigating;
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <form
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          () => ({
            name: nameProblem(values.name),
            email: emailProblem(values.email),
            password: newPasswordProblem(values.password),
            confirm: confirmProblem(values.password, values.confirm),
          }),
          async () => {
            const body = { name: values.name.trim(), email: values.email.trim(), password: values.password };
            await callApi<SessionJson>("/api/v1/setup", { method: "POST", body });
            go(AFTER_SETUP);
          },
        )
      }
    >
      <FormAlert title={t("failed")} failure={form.failure} />
      <div className="space-y-4">
        <Field label={t("name")} error={form.fieldErrors.name}>
          {(control) => <TextInput {...control} name="name" autoComplete="name" autoFocus maxLength={80} value={values.name} onChange={set("name")} />}
        </Field>
        <Field label={t("email")} error={form.fieldErrors.email}>
          {(control) => <TextInput {...control} type="email" name="email" autoComplete="username" value={values.email} onChange={set("email")} />}
        </Field>
        <Field label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })} error={form.fieldErrors.password}>
          {(control) => <TextInput {...control} type="password" name="password" autoComplete="new-password" value={values.password} onChange={set("password")} />}
        </Field>
        <Field label={t("confirm")} error={form.fieldErrors.confirm}>
          {(control) => <TextInput {...control} type="password" name="confirm" autoComplete="new-password" value={values.confirm} onChange={set("confirm")} />}
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={busy} className="mt-6 w-full">
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
