"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiFailure, callApi } from "@/lib/api/client";

export type ApiData<T> = { phase: "loading" } | { phase: "failed"; message: string | null } | { phase: "ready"; data: T };

/**
 * GET `path` when the page opens (and again on retry). `update` changes the loaded data in place
 * after a write answered with the new record, so the list does not flash through a reload.
 */
export function useApiData<T>(path: string) {
  const [state, setState] = useState<ApiData<T>>({ phase: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    callApi<T>(path, { signal: controller.signal }).then(
      (data) => setState({ phase: "ready", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ phase: "failed", message: error instanceof ApiFailure && !error.isNetwork ? error.message : null });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const retry = useCallback(() => {
    setState({ phase: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (data: T) => T) => {
    setState((current) => (current.phase === "ready" ? { phase: "ready", data: change(current.data) } : current));
  }, []);

  return { state, retry, update };
}
