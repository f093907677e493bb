"use client";

import { useCallback } from "react";
import { useTranslations } from "use-intl";
import type { RuntimeError } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import { describeRuntimeError } from "./error-message";

/** Engine errors as sentences in the interface language. */
export function useRuntimeErrorText(doc: Pick<ScriptDocument, "nodes" | "variables">): (error: RuntimeError) => string {
  const t = useTranslations();
  return useCallback((error: RuntimeError) => describeRuntimeError(t, error, doc), [t, doc]);
}
