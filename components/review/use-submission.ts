"use client";

import { useCallback, useState } from "react";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { CandidateSummaryJson } from "@/lib/api/review";
import { isDirty, type EditorStore, type SaveStatus } from "@/lib/editor/editor-store";
import type { Finding } from "@/lib/lint/finding";
import { warningGroups, type WarningGroup } from "@/lib/review/review-view";
import { useEditorStore } from "@/components/editor/editor-context";
import { useEditorReview } from "./editor-review-context";
import { useFailureText } from "./use-failure-text";

/** Where a submission stands, as the submit dialog shows it. */
export type Submission =
  | { phase: "saving" }
  | { phase: "unsaved"; status: SaveStatus }
  | { phase: "submitting" }
  | { phase: "errors"; findings: Finding[] }
  | { phase: "warnings"; groups: WarningGroup[] }
  | { phase: "done"; candidate: CandidateSummaryJson }
  | { phase: "failed"; message: string };

const STUCK: readonly SaveStatus[] = ["conflict", "error", "offline"];

/**
 * Saves and waits until the server holds exactly what is on screen: the server lints and freezes
 * the SAVED draft, so submitting while a save is pending would review older words. Edits made
 * during a save are saved right after it, hence the loop.
 */
async function settleSave(store: EditorStore, saveNow: () => Promise<void>): Promise<SaveStatus> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await saveNow();
    const state = store.getState();
    if (state.save.status === "saved" && !isDirty(state)) return "saved";
    if (STUCK.includes(state.save.status)) return state.save.status;
  }
  return store.getState().save.status;
}

type Refusal = { code: string; findings?: Finding[] };

/** The submit flow: save, submit, and read a refusal as the findings to fix or acknowledge. */
export function useSubmission() {
  const store = useEditorStore();
  const review = useEditorReview();
  const failureText = useFailureText();
  const [state, setState] = useState<Submission>({ phase: "saving" });

  const submit = useCallback(
    async (acknowledged: string[]) => {
      if (!review) return;
      setState({ phase: "saving" });
      const saved = await settleSave(store, review.saveNow);
      if (saved !== "saved") return setState({ phase: "unsaved", status: saved });
      setState({ phase: "submitting" });
      try {
        const candidate = await callApi<CandidateSummaryJson>(`/api/v1/scripts/${encodeURIComponent(review.scriptId)}/submit`, { method: "POST", body: { acknowledged } });
        setState({ phase: "done", candidate });
        void review.refresh();
      } catch (failure) {
        const refusal = failure instanceof ApiFailure ? (failure.body?.error as Refusal | undefined) : undefined;
        if (refusal?.code === "lint-errors") setState({ phase: "errors", findings: refusal.findings ?? [] });
        else if (refusal?.code === "warnings-unacknowledged") setState({ phase: "warnings", groups: warningGroups(refusal.findings ?? []) });
        else setState({ phase: "failed", message: failureText(failure) });
      }
    },
    [store, review, failureText],
  );

  return { state, submit };
}
