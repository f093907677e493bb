"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { callApi } from "@/lib/api/client";
import type { CandidateSummaryJson, CommentJson, VersionHistoryJson } from "@/lib/api/review";
import { currentCandidate, groupByNode } from "@/lib/review/review-view";

// The review as the editor sees it: the script's current candidate, the live version, and the
// reviewers' open comments. The toolbar, the canvas and the inspector read it from here, so one
// refresh (after a submit, a resolve or a publish) updates all three.

export type EditorReview = {
  scriptId: string;
  candidate: CandidateSummaryJson | null;
  liveVersion: number | null;
  comments: readonly CommentJson[];
  byNode: ReadonlyMap<string, readonly CommentJson[]>;
  /** Open comments per element, for the badge on the canvas cards. */
  counts: ReadonlyMap<string, number>;
  refresh(): Promise<void>;
  /** Marks a comment as dealt with; rejects with an ApiFailure. */
  resolve(commentId: string): Promise<void>;
  /** Saves the draft now and settles: the server reviews the saved draft, never the screen. */
  saveNow(): Promise<void>;
  /** Selects an element and brings it into view. */
  showNode(id: string): void;
};

const ReviewContext = createContext<EditorReview | null>(null);

type Loaded = { candidate: CandidateSummaryJson | null; liveVersion: number | null; comments: CommentJson[] };
const NOTHING: Loaded = { candidate: null, liveVersion: null, comments: [] };

async function load(scriptId: string): Promise<Loaded> {
  const base = `/api/v1/scripts/${encodeURIComponent(scriptId)}`;
  const [candidates, comments, versions] = await Promise.all([
    callApi<{ candidates: CandidateSummaryJson[] }>(`${base}/candidates`),
    callApi<{ comments: CommentJson[] }>(`${base}/comments`),
    callApi<VersionHistoryJson>(`${base}/versions`),
  ]);
  return { candidate: currentCandidate(candidates.candidates), liveVersion: versions.live?.version ?? null, comments: comments.comments };
}

export function EditorReviewProvider(props: { scriptId: string; saveNow: () => Promise<void>; showNode: (id: string) => void; children: ReactNode }) {
  const { scriptId, saveNow, showNode } = props;
  const [loaded, setLoaded] = useState<Loaded>(NOTHING);

  const refresh = useCallback(async () => {
    try {
      setLoaded(await load(scriptId));
    } catch {
      // The review status is extra information: the editor works without it, the next refresh retries.
    }
  }, [scriptId]);

  useEffect(() => {
    let current = true;
    load(scriptId).then(
      (data) => current && setLoaded(data),
      () => undefined,
    );
    // An approver decides elsewhere; coming back to the tab shows the news.
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => {
      current = false;
      window.removeEventListener("focus", onFocus);
    };
  }, [scriptId, refresh]);

  const resolve = useCallback(
    async (commentId: string) => {
      await callApi(`/api/v1/comments/${encodeURIComponent(commentId)}/resolve`, { method: "POST" });
      setLoaded((l) => ({ ...l, comments: l.comments.filter((c) => c.id !== commentId) }));
    },
    [],
  );

  const value = useMemo<EditorReview>(() => {
    const byNode = groupByNode(loaded.comments);
    return {
      scriptId,
      ...loaded,
      byNode,
      counts: new Map([...byNode].map(([id, list]) => [id, list.length])),
      refresh,
      resolve,
      saveNow,
      showNode,
    };
  }, [scriptId, loaded, refresh, resolve, saveNow, showNode]);
  return <ReviewContext.Provider value={value}>{props.children}</ReviewContext.Provider>;
}

/** The editor's review state; null outside an editor. */
export function useEditorReview(): EditorReview | null {
  return useContext(ReviewContext);
}
