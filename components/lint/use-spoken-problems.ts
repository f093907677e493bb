"use client";

import { useMemo } from "react";
import type { SpokenProblem } from "@/components/code/spoken-problem";
import { useOptionalLint } from "./lint-context";

/** The findings on an element's words, shaped for the spoken-text editor, and a pending "show this range". */
export function useSpokenProblems(nodeId: string) {
  const lint = useOptionalLint();
  const findings = lint?.byNode.get(nodeId);
  // The words the findings were computed for: a worker's report may trail the typing.
  const linted = lint?.lintedDoc?.nodes.find((n) => n.id === nodeId);
  const text = linted && "text" in linted ? (linted.text ?? "") : "";
  const problems = useMemo(() => {
    const items: SpokenProblem[] = (findings ?? [])
      .filter((f) => f.field === "text" && f.range)
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        start: f.range!.start,
        end: f.range!.end,
        fix: f.fix ? { start: f.fix.range.start, end: f.fix.range.end, text: f.fix.text } : undefined,
        suggestions: f.suggestions?.map((s) => ({ start: s.edit.range.start, end: s.edit.range.end, text: s.text })),
      }));
    return { text, items };
  }, [findings, text]);
  const focus = lint?.focus;
  const reveal = focus && focus.nodeId === nodeId && focus.range ? { ...focus.range, key: focus.key } : null;
  return { problems, reveal };
}
