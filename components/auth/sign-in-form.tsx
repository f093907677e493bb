"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { emailProblem, enteredProblem } from "@/lib/api/credential-checks";
import type { SessionJson } from "@/lib/api/access";
import { callApi } from "@/lib/api/client";
import { useGoAfterSessionChange } from "@/components/shell/use-go-after-session-change";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormAlert } from "./form-alert";
import { useCredentialForm } from "./use-credential-form";

/** Email and password; on success back to `next` (already checked to be a path on this site). */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth.signIn");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { go, navigating } = useGoAfterSessionChange();
  const form = useCredentialForm<"email" | "password">({ messages: { email: t("emailInvalid") } });
  const busy = form.pending || navigating;

  return (
    <form
      noValidate
      onSubmit={(event) =>
        form.submit(
          event,
          () => ({ email: emailProblem(email), password: enteredProblem(password) }),
          async () => {
            await callApi<SessionJson>("/api/v1/session", { method: "POST", body: { email: email.trim(), password } });
            go(next);
          },
        )
      }
    >
      <FormAlert title={t("failed")} failure={form.failure} />
      <div className="space-y-4">
        <Field label={t("email")} error={form.fieldErrors.email}>
          {(control) => (
            <TextInput {...control} type="email" name="email" autoComplete="username" autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("password")} error={form.fieldErrors.password}>
          {(control) => (
            <TextInput {...control} type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
      </div>
      <Button type="submit" variant="primary" disabled={busy} className="mt-6 w-full">
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
