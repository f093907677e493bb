"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AuditEntryJson, AuditPageJson } from "@/lib/api/access";
import { auditApiPath, type AuditFilters } from "@/lib/access/audit-filters";
import { callApi } from "@/lib/api/client";
import { useErrorText } from "./error-text";

export type AuditLog =
  | { phase: "loading" }
  | { phase: "failed"; message: string }
  | { phase: "ready"; entries: AuditEntryJson[]; more: boolean; actors: string[]; older: "idle" | "loading" | { error: string } };

/** The log for these filters: the newest page first, then older pages appended on request. */
export function useAuditLog(filters: AuditFilters) {
  const errorText = useErrorText();
  const [log, setLog] = useState<AuditLog>({ phase: "loading" });
  const [attempt, setAttempt] = useState(0);
  const path = auditApiPath(filters);
  const [shownPath, setShownPath] = useState(path);

  // New filters: show the loading state at once rather than the old filters' entries.
  if (shownPath !== path) {
    setShownPath(path);
    setLog({ phase: "loading" });
  }

  // The filters the shown entries belong to: an older page that arrives after the filters
  // changed belongs to no list any more.
  const current = useRef(path);
  useEffect(() => {
    current.current = path;
  }, [path]);

  useEffect(() => {
    const controller = new AbortController();
    callApi<AuditPageJson>(path, { signal: controller.signal }).then(
      (page) => setLog({ phase: "ready", ...page, older: "idle" }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLog({ phase: "failed", message: errorText(error) });
      },
    );
    return () => controller.abort();
  }, [path, attempt, errorText]);

  const retry = useCallback(() => {
    setLog({ phase: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const loadOlder = useCallback(async () => {
    if (log.phase !== "ready" || log.older === "loading") return;
    const last = log.entries.at(-1);
    if (!last) return;
    const asked = path;
    setLog({ ...log, older: "loading" });
    try {
      const page = await callApi<AuditPageJson>(auditApiPath(filters, last.id));
      if (current.current !== asked) return;
      setLog((shown) => (shown.phase === "ready" ? { phase: "ready", entries: [...shown.entries, ...page.entries], more: page.more, actors: page.actors, older: "idle" } : shown));
    } catch (error) {
      if (current.current !== asked) return;
      setLog((shown) => (shown.phase === "ready" ? { ...shown, older: { error: errorText(error) } } : shown));
    }
  }, [log, filters, path, errorText]);

  return { log, retry, loadOlder };
}
