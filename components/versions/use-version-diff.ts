"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PublishedEnvelope, VersionDiffJson } from "@/lib/api/review";
import { ApiFailure, callApi } from "@/lib/api/client";
import { diffOutline, type DiffOutline } from "@/lib/publish/diff-outline";
import { elementName } from "@/lib/review/copy-document";

type Result = { phase: "failed"; message: string | null } | { phase: "ready"; outline: DiffOutline };
export type DiffState = { phase: "idle" } | { phase: "loading" } | Result;

/**
 * The outline of the differences from one version to another: the server's diff, named with the
 * two versions' documents (fetched once each; a published version never changes).
 */
export function useVersionDiff(scriptId: string, from: number | null, to: number | null): { state: DiffState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // The answer is kept with the question it answers; while they differ, it is loading.
  const [answer, setAnswer] = useState<{ key: string; result: Result } | null>(null);
  const envelopes = useRef(new Map<number, Promise<PublishedEnvelope>>());
  const key = `${from}:${to}:${attempt}`;

  useEffect(() => {
    if (from === null || to === null || from === to) return;
    const controller = new AbortController();
    const base = `/api/v1/scripts/${encodeURIComponent(scriptId)}`;
    const envelope = (version: number) => {
      let known = envelopes.current.get(version);
      if (!known) {
        known = callApi<PublishedEnvelope>(`${base}/versions/${version}`);
        // A failure is not kept, so that "try again" asks again.
        known.catch(() => envelopes.current.delete(version));
        envelopes.current.set(version, known);
      }
      return known;
    };
    Promise.all([callApi<VersionDiffJson>(`${base}/diff?from=${from}&to=${to}`, { signal: controller.signal }), envelope(from), envelope(to)]).then(
      ([diff, before, after]) => {
        if (!controller.signal.aborted) setAnswer({ key, result: { phase: "ready", outline: diffOutline(diff, before.script, after.script, elementName) } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer({ key, result: { phase: "failed", message: error instanceof ApiFailure && !error.isNetwork ? error.message : null } });
      },
    );
    return () => controller.abort();
  }, [scriptId, from, to, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: DiffState = from === null || to === null || from === to ? { phase: "idle" } : answer?.key === key ? answer.result : { phase: "loading" };
  return { state, retry };
}
