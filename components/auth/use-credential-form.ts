"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { CredentialProblem } from "@/lib/api/credential-checks";
import { ApiFailure } from "@/lib/api/client";

/** A failure of the whole form; a new object per failure, so the same words are announced again. */
export type FormFailure = { message: string };

type Problems<F extends string> = Partial<Record<F, CredentialProblem | null>>;

/**
 * The sign-in, setup and password forms' common behaviour: check the fields, send, and show what
 * went wrong. A field's problem is shown under it and the first such field (its control's `name`
 * is the field's key) takes the focus; the server's refusal goes to the form's alert (FormAlert
 * focuses itself). The server's field issues (`issues[].path[0]`) land under the field they name.
 */
export function useCredentialForm<F extends string>(options: { messages: Partial<Record<CredentialProblem["code"], string>> }) {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});

  function describe(problem: CredentialProblem): string {
    const own = options.messages[problem.code];
    if (own) return own;
    if (problem.code === "tooShort" || problem.code === "tooLong") return t(`validation.${problem.code}`, { limit: problem.limit });
    return t("validation.required");
  }

  /** Runs `send` when `check` finds nothing; `send` navigates away on success, so `pending` stays. */
  function submit(event: FormEvent<HTMLFormElement>, check: () => Problems<F>, send: () => Promise<void>): void {
    event.preventDefault();
    if (pending) return;
    const found = Object.entries(check()).filter((entry): entry is [F, CredentialProblem] => entry[1] != null);
    setFailure(null);
    setFieldErrors(Object.fromEntries(found.map(([field, problem]) => [field, describe(problem)])) as Partial<Record<F, string>>);
    if (found.length > 0) {
      // `check` lists the fields in the form's order.
      const first = event.currentTarget.elements.namedItem(found[0]![0]);
      if (first instanceof HTMLElement) first.focus();
      return;
    }
    setPending(true);
    send().catch((error: unknown) => {
      setPending(false);
      if (!(error instanceof ApiFailure) || !error.body) {
        setFailure({ message: error instanceof ApiFailure && !error.isNetwork ? error.message : t("errors.network") });
        return;
      }
      const fields: Partial<Record<F, string>> = {};
      const unplaced: string[] = [];
      for (const issue of error.body.error.issues) {
        const field = issue.path[0];
        if (typeof field !== "string") unplaced.push(issue.message);
        else if (!(field in fields)) fields[field as F] = issue.message;
      }
      setFieldErrors(fields);
      setFailure({ message: [error.body.error.message, ...unplaced].join(" ") });
    });
  }

  /** Clears what the form said once sent successfully (the password form stays on the page). */
  function done(): void {
    setPending(false);
    setFieldErrors({});
  }

  return { pending, failure, fieldErrors, submit, done };
}
