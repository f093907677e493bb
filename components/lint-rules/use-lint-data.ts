"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { LintSettingsJson, RulePacksJson } from "@/lib/api/lint";

export type LintData =
  | { phase: "loading" }
  | { phase: "failed"; message: string | null }
  | { phase: "ready"; packs: RulePacksJson; settings: LintSettingsJson["settings"] };

/** The packs and the workspace settings, fetched together when the page opens. */
export function useLintData() {
  const [data, setData] = useState<LintData>({ phase: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    Promise.all([callApi<RulePacksJson>("/api/v1/lint/packs", { signal }), callApi<LintSettingsJson>("/api/v1/lint/settings", { signal })]).then(
      ([packs, { settings }]) => setData({ phase: "ready", packs, settings }),
      (error: unknown) => {
        if (signal.aborted) return;
        setData({ phase: "failed", message: error instanceof ApiFailure && !error.isNetwork ? error.message : null });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setData({ phase: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  /** Fetches the packs again after a pack was saved or deleted; the settings stay as they are. */
  const reloadPacks = useCallback(async () => {
    const packs = await callApi<RulePacksJson>("/api/v1/lint/packs");
    setData((current) => (current.phase === "ready" ? { ...current, packs } : current));
  }, []);

  return { data, retry, reloadPacks };
}
