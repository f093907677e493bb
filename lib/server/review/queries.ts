import "server-only";
import { getDb } from "../../db/client";
import { candidatesIn, listCandidates, listComments, type QueuedCandidate } from "../../db/review-repo";
import { findLive, findVersion } from "../../db/versions-repo";
import type { CandidateSummary, Candidate, ReviewComment } from "../../review/records";
import type { ScriptDocument } from "../../script/document";
import { getScript } from "../scripts/get-script";
import { getCandidate } from "./get-candidate";

export function candidatesOf(idOrSlug: string): CandidateSummary[] {
  return listCandidates(getDb(), getScript(idOrSlug).id);
}

/** Candidates waiting for an approver, oldest first, with their title and language. */
export function reviewQueue(): QueuedCandidate[] {
  return candidatesIn(getDb(), ["pending"]);
}

export type CandidateReview = {
  candidate: Candidate;
  live: { version: number; document: ScriptDocument } | null;
  comments: ReviewComment[];
};

/** What the copy review shows: the candidate, the live version it is compared with, the comments. */
export function candidateReview(id: string): CandidateReview {
  const db = getDb();
  const candidate = getCandidate(id);
  const pointer = findLive(db, candidate.scriptId);
  const live = pointer ? findVersion(db, candidate.scriptId, pointer.version) : undefined;
  return {
    candidate,
    live: live ? { version: live.version, document: live.document } : null,
    comments: listComments(db, candidate.id),
  };
}
