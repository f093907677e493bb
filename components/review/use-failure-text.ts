"use client";

import { useCallback } from "react";
import { useTranslations } from "use-intl";
import { ApiFailure } from "@/lib/api/client";

/** Words for a failed call: the server's own (localised) message, or "cannot reach the server". */
export function useFailureText(): (failure: unknown) => string {
  const t = useTranslations("errors");
  return useCallback(
    (failure: unknown) => (failure instanceof ApiFailure && failure.body ? failure.body.error.message : t("network")),
    [t],
  );
}
