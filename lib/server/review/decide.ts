import "server-only";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { listComments, setCandidateStatus } from "../../db/review-repo";
import { mayDecide, nextStatus } from "../../review/candidate";
import type { Candidate } from "../../review/records";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { getCandidate } from "./get-candidate";

export type Decision = "approve" | "request-changes";

/**
 * An approver approves a pending candidate or sends it back. Four eyes: never one's own
 * submission. Sending back needs something to act on: a comment on the copy or a note.
 */
export function decide(actor: UserPrincipal, candidateId: string, decision: Decision, note: string | null): Candidate {
  const candidate = getCandidate(candidateId);
  if (!mayDecide(candidate, actor.id)) throw new AppError("own-candidate");
  const db = getDb();
  const action = decision === "approve" ? "review.approve" : "review.request-changes";
  return audited(
    actor,
    action,
    () => {
      const to = nextStatus(candidate.status, decision);
      if (!to) throw new AppError("review-state", { params: { status: candidate.status, move: decision } });
      if (decision === "request-changes" && !note?.trim() && listComments(db, candidate.id).length === 0) throw new AppError("comments-required");
      const at = new Date();
      setCandidateStatus(db, candidate.id, to, { by: principalLabel(actor), at, note: note?.trim() || null });
      return { ...candidate, status: to, decidedBy: principalLabel(actor), decidedAt: at, decisionNote: note?.trim() || null };
    },
    (c) => ({ scriptId: c.scriptId, target: c.document.title, details: { candidate: c.number, note: c.decisionNote } }),
  );
}
