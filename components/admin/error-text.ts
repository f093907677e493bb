"use client";

import { useCallback } from "react";
import { useTranslations } from "use-intl";
import { ApiFailure } from "@/lib/api/client";

/** What went wrong, in the reader's language: the server's own message, or "could not reach it". */
export function useErrorText() {
  const t = useTranslations("errors");
  return useCallback((error: unknown) => (error instanceof ApiFailure && !error.isNetwork ? error.message : t("network")), [t]);
}

/**
 * A failed form submission split by field: each issue's message goes to the field its path
 * starts with (when the form has one), an error code about one field (`codeFields`, e.g.
 * "email-taken") goes to that field, and the rest is a message for the whole form.
 */
export function formErrors<F extends string>(error: unknown, fields: readonly F[], describe: (error: unknown) => string, codeFields: Record<string, F> = {}) {
  const byField: Partial<Record<F, string>> = {};
  const body = error instanceof ApiFailure ? error.body : null;
  const codeField = body ? codeFields[body.error.code] : undefined;
  if (body && codeField) {
    byField[codeField] = body.error.message;
    return { byField, form: null };
  }
  const issues = body?.error.issues ?? [];
  let unplaced = issues.length === 0;
  for (const issue of issues) {
    const field = fields.find((f) => f === String(issue.path[0]));
    if (field && !byField[field]) byField[field] = issue.message;
    else if (!field) unplaced = true;
  }
  return { byField, form: unplaced ? describe(error) : null };
}
