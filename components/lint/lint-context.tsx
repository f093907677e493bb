"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useLocale } from "use-intl";
import type { Finding, Severity, TextRange } from "@/lib/lint/finding";
import type { LintReport } from "@/lib/lint/engine";
import type { ScriptDocument } from "@/lib/script/document";
import type { Locale } from "@/lib/script/enums";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { useLintSetup } from "./use-lint-setup";
import { useLintReport } from "./use-lint-report";

export type ProblemCounts = Readonly<Record<Severity, number>>;

/** A request to show a finding: select its element and, in the inspector, its words. */
export type FocusRequest = { nodeId: string; range?: TextRange; key: number };

export type LintState = {
  report: LintReport | null;
  /** The document the report was computed for (a worker's report may trail the latest edit). */
  lintedDoc: ScriptDocument | null;
  pending: boolean;
  setupFailed: boolean;
  /** The workspace's lint settings (speaking rates too), once loaded: the player times walks with them. */
  workspace: WorkspaceLintSettings | undefined;
  byNode: ReadonlyMap<string, readonly Finding[]>;
  /** Per element, the same object while its counts stay the same (the canvas memoises on it). */
  counts: ReadonlyMap<string, ProblemCounts>;
  focus: FocusRequest | null;
  requestFocus(request: Omit<FocusRequest, "key">): void;
};

const LintContext = createContext<LintState | null>(null);

export function LintProvider({ doc, children }: { doc: ScriptDocument; children: ReactNode }) {
  const locale = useLocale() as Locale;
  const loaded = useLintSetup();
  const { report, pending, lintedDoc } = useLintReport(doc, loaded, locale);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  const byNode = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of report?.findings ?? []) {
      if (!f.nodeId) continue;
      const list = map.get(f.nodeId);
      if (list) list.push(f);
      else map.set(f.nodeId, [f]);
    }
    return map;
  }, [report]);

  const counts = useMemo(() => {
    const next = new Map<string, ProblemCounts>();
    for (const [id, findings] of byNode) {
      const c = { error: 0, warning: 0, info: 0 };
      for (const f of findings) c[f.severity]++;
      next.set(id, internCounts(c));
    }
    return next;
  }, [byNode]);

  const requestFocus = useCallback((request: Omit<FocusRequest, "key">) => setFocus((f) => ({ ...request, key: (f?.key ?? 0) + 1 })), []);

  const value = useMemo<LintState>(
    () => ({ report, lintedDoc, pending, setupFailed: loaded.failed, workspace: loaded.setup.workspace, byNode, counts, focus, requestFocus }),
    [report, lintedDoc, pending, loaded.failed, loaded.setup.workspace, byNode, counts, focus, requestFocus],
  );
  return <LintContext.Provider value={value}>{children}</LintContext.Provider>;
}

export function useLint(): LintState {
  const state = useContext(LintContext);
  if (!state) throw new Error("useLint needs a LintProvider");
  return state;
}

/** Outside an editor (no provider) there is nothing to show. */
export function useOptionalLint(): LintState | null {
  return useContext(LintContext);
}

// Equal counts are the same object, so the canvas (which memoises on identity) redraws an element
// only when its counts really change. The number of distinct triples in use is small.
const COUNTS = new Map<string, ProblemCounts>();
function internCounts(c: ProblemCounts): ProblemCounts {
  const key = `${c.error}:${c.warning}:${c.info}`;
  let shared = COUNTS.get(key);
  if (!shared) {
    shared = Object.freeze({ ...c });
    COUNTS.set(key, shared);
  }
  return shared;
}
