"use client";

import { useTranslations } from "use-intl";
import type { FieldError } from "./field-error";

/** A field error as a sentence; the schema's own messages where the rule is the schema's. */
export function useDescribeError(): (error: FieldError | null) => string | null {
  const t = useTranslations();
  return (error) => {
    if (!error) return null;
    switch (error.code) {
      case "required":
      case "blank":
      case "invalidPattern":
      case "invalidVariableName":
      case "invalidActionKey":
      case "invalidParameterName":
        return t(`validation.${error.code}`);
      case "tooLong":
      case "tooSmall":
      case "tooBig":
        return t(`validation.${error.code}`, { limit: error.limit });
      case "duplicateVariable":
        return t("validation.duplicateVariable", { value: error.value });
      case "duplicateParameter":
        return t("inspector.errors.duplicateParameter", { value: error.value });
      case "notNumber":
        return t("inspector.errors.notNumber");
    }
  };
}
