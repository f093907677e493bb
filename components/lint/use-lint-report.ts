"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { createLinter, type LintReport } from "@/lib/lint/engine";
import type { ScriptDocument } from "@/lib/script/document";
import type { Locale } from "@/lib/script/enums";
import type { LoadedSetup } from "./use-lint-setup";
import type { LintRequest, LintResponse } from "./lint-messages";

/** Up to this many elements the incremental linter runs in the render (well under a millisecond). */
export const WORKER_THRESHOLD = 300;

/**
 * Lints the document on every change. Small scripts are linted in place, incrementally; large
 * ones in a worker, newest request wins, with the previous report shown meanwhile.
 */
export type LintRun = { report: LintReport | null; pending: boolean; lintedDoc: ScriptDocument | null };

export function useLintReport(doc: ScriptDocument, loaded: LoadedSetup, locale: Locale): LintRun {
  const large = doc.nodes.length > WORKER_THRESHOLD;
  const [linter] = useState(createLinter);
  const inline = useMemo(
    () => (large ? null : linter.lint(doc, { ...loaded.setup, messageLocale: locale })),
    [large, linter, doc, loaded.setup, locale],
  );
  const worker = useWorkerLint(large ? doc : null, loaded, locale);
  return large ? worker : { report: inline, pending: false, lintedDoc: doc };
}

function useWorkerLint(doc: ScriptDocument | null, loaded: LoadedSetup, locale: Locale) {
  const workerRef = useRef<Worker | null>(null);
  const seq = useRef(0);
  const sent = useRef<ScriptDocument | null>(null);
  const [state, setState] = useState<LintRun>({ report: null, pending: false, lintedDoc: null });
  const active = doc !== null;

  useEffect(() => {
    if (!active) return;
    const worker = new Worker(new URL("./lint.worker.ts", import.meta.url), { type: "module", name: "lint" });
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      if (event.data.seq === seq.current) setState({ report: event.data.report, pending: false, lintedDoc: sent.current });
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [active]);

  useEffect(() => {
    const message: LintRequest = { type: "setup", packs: loaded.custom?.packs ?? [], workspace: loaded.setup.workspace };
    workerRef.current?.postMessage(message);
  }, [active, loaded]);

  useEffect(() => {
    if (!doc || !workerRef.current) return;
    const message: LintRequest = { type: "lint", seq: ++seq.current, doc, locale };
    sent.current = doc;
    workerRef.current.postMessage(message);
    setState((s) => (s.pending ? s : { ...s, pending: true }));
  }, [doc, locale, loaded]);

  return state;
}
