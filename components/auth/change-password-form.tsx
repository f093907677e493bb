"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { confirmProblem, enteredProblem, newPasswordProblem } from "@/lib/api/credential-checks";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { FormAlert } from "./form-alert";
import { useCredentialForm } from "./use-credential-form";

const EMPTY = { currentPassword: "", newPassword: "", confirm: "" };

/** The account page's password change; the server ends the user's other sessions. */
export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  const headingId = useId();
  const [values, setValues] = useState(EMPTY);
  const { notice, show, dismiss } = useNotice();
  const form = useCredentialForm<keyof typeof EMPTY>({ messages: { mismatch: t("mismatch") } });
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white px-6 py-5">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {t("passwordHeading")}
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">{t("passwordIntro")}</p>
      <div className="mt-4">
        <NoticeBar notice={notice} onDismiss={dismiss} />
      </div>
      <form
        noValidate
        className="max-w-sm"
        onSubmit={(event) => {
          dismiss();
          form.submit(
            event,
            () => ({
              currentPassword: enteredProblem(values.currentPassword),
              newPassword: newPasswordProblem(values.newPassword),
              confirm: confirmProblem(values.newPassword, values.confirm),
            }),
            async () => {
              await callApi("/api/v1/account/password", { method: "PUT", body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
              form.done();
              setValues(EMPTY);
              show({ tone: "info", text: t("changed") });
            },
          );
        }}
      >
        <FormAlert title={t("failed")} failure={form.failure} />
        <div className="space-y-4">
          <Field label={t("current")} error={form.fieldErrors.currentPassword}>
            {(control) => <TextInput {...control} type="password" name="currentPassword" autoComplete="current-password" value={values.currentPassword} onChange={set("currentPassword")} />}
          </Field>
          <Field label={t("new")} hint={t("newHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })} error={form.fieldErrors.newPassword}>
            {(control) => <TextInput {...control} type="password" name="newPassword" autoComplete="new-password" value={values.newPassword} onChange={set("newPassword")} />}
          </Field>
          <Field label={t("confirm")} error={form.fieldErrors.confirm}>
            {(control) => <TextInput {...control} type="password" name="confirm" autoComplete="new-password" value={values.confirm} onChange={set("confirm")} />}
          </Field>
        </div>
        <Button type="submit" variant="primary" disabled={form.pending} className="mt-5">
          {form.pending ? t("submitting") : t("submit")}
        </Button>
      </form>
    </section>
  );
}
