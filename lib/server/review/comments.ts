import "server-only";
import { randomUUID } from "node:crypto";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { findComment, insertComment, listComments, openComments, resolveComment } from "../../db/review-repo";
import type { ReviewComment } from "../../review/records";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { getCandidate } from "./get-candidate";
import { getScript } from "../scripts/get-script";

export type NewComment = { nodeId: string; field?: string; quote?: string; body: string };

/** A reviewer's comment on one element of a pending candidate. */
export function addComment(actor: UserPrincipal, candidateId: string, input: NewComment): ReviewComment {
  const candidate = getCandidate(candidateId);
  if (candidate.status !== "pending") throw new AppError("review-state", { params: { status: candidate.status, move: "comment" } });
  if (!candidate.document.nodes.some((n) => n.id === input.nodeId)) throw new AppError("unknown-element", { params: { node: input.nodeId } });
  const comment: ReviewComment = {
    id: randomUUID(),
    candidateId,
    scriptId: candidate.scriptId,
    nodeId: input.nodeId,
    field: input.field ?? null,
    quote: input.quote ?? null,
    body: input.body,
    authorId: actor.id,
    author: principalLabel(actor),
    createdAt: new Date(),
    resolvedAt: null,
    resolvedBy: null,
  };
  const db = getDb();
  return audited(actor, "review.comment", () => (insertComment(db, comment), comment), () => ({
    scriptId: candidate.scriptId,
    target: candidate.document.title,
    details: { candidate: candidate.number, node: input.nodeId },
  }));
}

/** The designer marks a comment as dealt with; it leaves the editor's list. */
export function resolve(actor: UserPrincipal, commentId: string): ReviewComment {
  const db = getDb();
  const comment = findComment(db, commentId);
  if (!comment) throw new AppError("comment-not-found");
  if (comment.resolvedAt) return comment;
  const at = new Date();
  audited(actor, "review.comment.resolve", () => resolveComment(db, commentId, principalLabel(actor), at), () => ({
    scriptId: comment.scriptId,
    target: comment.nodeId,
  }));
  return { ...comment, resolvedAt: at, resolvedBy: principalLabel(actor) };
}

export function commentsOn(candidateId: string): ReviewComment[] {
  return listComments(getDb(), getCandidate(candidateId).id);
}

/** Unresolved comments on the script, for the editor to show on the elements they refer to. */
export function openCommentsOf(idOrSlug: string): ReviewComment[] {
  return openComments(getDb(), getScript(idOrSlug).id);
}
