"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import type { LintSetupJson } from "@/lib/api/lint";
import { BUILTIN_PACKS } from "@/lib/lint/builtin-packs";
import type { LintSetup } from "@/lib/lint/engine";

export type LoadedSetup = { setup: Omit<LintSetup, "messageLocale">; custom: LintSetupJson | null; failed: boolean };

const BUILT_IN_ONLY: LoadedSetup = { setup: { packs: BUILTIN_PACKS }, custom: null, failed: false };

/**
 * The rules the workspace lints with: the built-in packs at once (so the first findings need no
 * round trip), then the custom packs and settings from the server. If those cannot be loaded the
 * editor says so and keeps linting with the built-in rules.
 */
export function useLintSetup(): LoadedSetup {
  const [loaded, setLoaded] = useState<LoadedSetup>(BUILT_IN_ONLY);
  useEffect(() => {
    const abort = new AbortController();
    callApi<LintSetupJson>("/api/v1/lint/setup", { signal: abort.signal }).then(
      (json) => setLoaded({ setup: { packs: [...BUILTIN_PACKS, ...json.packs], workspace: json.workspace }, custom: json, failed: false }),
      () => {
        if (!abort.signal.aborted) setLoaded({ ...BUILT_IN_ONLY, failed: true });
      },
    );
    return () => abort.abort();
  }, []);
  return loaded;
}
