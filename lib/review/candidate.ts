// A candidate is a draft frozen for review. It moves through these states; only the moves in
// NEXT are possible, and who may make each move is decided by `mayDecide` / `mayPublish`.
export const CANDIDATE_STATUSES = ["pending", "changes-requested", "approved", "published", "superseded", "withdrawn"] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export type ReviewMove = "approve" | "request-changes" | "publish" | "supersede" | "withdraw";

const NEXT: Record<ReviewMove, { from: readonly CandidateStatus[]; to: CandidateStatus }> = {
  approve: { from: ["pending"], to: "approved" },
  "request-changes": { from: ["pending"], to: "changes-requested" },
  publish: { from: ["approved"], to: "published" },
  // A new submission replaces whatever of the same script is still open.
  supersede: { from: ["pending", "changes-requested", "approved"], to: "superseded" },
  withdraw: { from: ["pending"], to: "withdrawn" },
};

/** The status after `move`, or null when the move is not possible from `status`. */
export function nextStatus(status: CandidateStatus, move: ReviewMove): CandidateStatus | null {
  const rule = NEXT[move];
  return rule.from.includes(status) ? rule.to : null;
}

/** Open candidates are the ones a new submission supersedes. */
export function isOpen(status: CandidateStatus): boolean {
  return nextStatus(status, "supersede") !== null;
}

/** Four eyes: whoever submitted a candidate can neither approve it nor send it back. */
export function mayDecide(candidate: { submittedById: string }, actorId: string): boolean {
  return candidate.submittedById !== actorId;
}
