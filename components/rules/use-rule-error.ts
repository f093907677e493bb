"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { RuleValueError } from "@/lib/script/rule-values";

/** A rule value's error as a sentence in the reader's language; the options as a list of it. */
export function useRuleError(): (error: RuleValueError | null) => string | null {
  const t = useTranslations("rules.errors");
  const format = useFormatter();
  return (error) => {
    if (!error) return null;
    if (error.code === "notOption") {
      return t("notOption", { value: error.params.value, options: format.list(error.params.options, { type: "disjunction" }) });
    }
    return t(error.code);
  };
}
