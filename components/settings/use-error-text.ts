"use client";

import { useTranslations } from "use-intl";
import type { SettingsError } from "./parsed";

/** Turns a field's error into a sentence in the reader's language. */
export function useErrorText(): (error: SettingsError | null) => string | null {
  const t = useTranslations("settings.errors");
  return (error) => (error ? t(error.key, error.params) : null);
}
