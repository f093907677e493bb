"use client";

import { useCallback, useState } from "react";
import { callApi } from "@/lib/api/client";
import type { CandidateReviewJson } from "@/lib/api/review";

export type NewComment = { nodeId: string; field?: string; quote?: string; body: string };
export type Decision = "approve" | "request-changes";

/**
 * The copy review's data and its writes. Every write is followed by a fresh read of the whole
 * review, so the page always shows what the server holds (the status, every comment). Writes
 * reject with an ApiFailure for the caller to show.
 */
export function useCandidateReview(initial: CandidateReviewJson) {
  const [review, setReview] = useState(initial);
  const path = `/api/v1/candidates/${encodeURIComponent(initial.candidate.id)}`;

  const reload = useCallback(async () => setReview(await callApi<CandidateReviewJson>(path)), [path]);

  const addComment = useCallback(
    async (comment: NewComment) => {
      await callApi(`${path}/comments`, { method: "POST", body: comment });
      await reload();
    },
    [path, reload],
  );

  const decide = useCallback(
    async (decision: Decision, note: string) => {
      await callApi(`${path}/${decision}`, { method: "POST", body: note.trim() ? { note: note.trim() } : {} });
      await reload();
    },
    [path, reload],
  );

  return { review, addComment, decide };
}
