import "server-only";
import { and, asc, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import type { Db } from "./client";
import { candidates, reviewComments, scripts } from "./schema";
import { parseStoredDocument } from "./scripts-repo";
import type { CandidateStatus } from "../review/candidate";
import type { Candidate, CandidateSummary, ReviewComment } from "../review/records";
import type { Locale } from "../script/enums";

export function nextCandidateNumber(db: Db, scriptId: string): number {
  const row = db.select({ n: max(candidates.number) }).from(candidates).where(eq(candidates.scriptId, scriptId)).get();
  return (row?.n ?? 0) + 1;
}

export function insertCandidate(db: Db, candidate: Candidate): void {
  db.insert(candidates)
    .values({ ...candidate, document: JSON.stringify(candidate.document), acknowledged: JSON.stringify(candidate.acknowledged) })
    .run();
}

export function findCandidate(db: Db, id: string): Candidate | undefined {
  const row = db.select().from(candidates).where(eq(candidates.id, id)).get();
  return row && { ...row, document: parseStoredDocument(row.scriptId, row.document), acknowledged: JSON.parse(row.acknowledged) as string[] };
}

const summary = {
  id: candidates.id,
  scriptId: candidates.scriptId,
  number: candidates.number,
  contentHash: candidates.contentHash,
  draftRevision: candidates.draftRevision,
  acknowledged: candidates.acknowledged,
  status: candidates.status,
  submittedById: candidates.submittedById,
  submittedBy: candidates.submittedBy,
  submittedAt: candidates.submittedAt,
  decidedBy: candidates.decidedBy,
  decidedAt: candidates.decidedAt,
  decisionNote: candidates.decisionNote,
};

/** Newest first. */
export function listCandidates(db: Db, scriptId: string): CandidateSummary[] {
  return db
    .select(summary)
    .from(candidates)
    .where(eq(candidates.scriptId, scriptId))
    .orderBy(desc(candidates.number))
    .all()
    .map((row) => ({ ...row, acknowledged: JSON.parse(row.acknowledged) as string[] }));
}

export type QueuedCandidate = CandidateSummary & { title: string; locale: Locale };

/**
 * Every script's candidates in these states (the review queue), oldest first, with the title as
 * submitted and the script's language: one query, no document parsed.
 */
export function candidatesIn(db: Db, statuses: CandidateStatus[]): QueuedCandidate[] {
  return db
    .select({ ...summary, title: sql<string>`json_extract(${candidates.document}, '$.title')`, locale: scripts.locale })
    .from(candidates)
    .innerJoin(scripts, eq(scripts.id, candidates.scriptId))
    .where(inArray(candidates.status, statuses))
    .orderBy(asc(candidates.submittedAt))
    .all()
    .map((row) => ({ ...row, acknowledged: JSON.parse(row.acknowledged) as string[] }));
}

export function setCandidateStatus(
  db: Db,
  id: string,
  status: CandidateStatus,
  decision?: { by: string; at: Date; note: string | null },
): void {
  const values = decision ? { status, decidedBy: decision.by, decidedAt: decision.at, decisionNote: decision.note } : { status };
  db.update(candidates).set(values).where(eq(candidates.id, id)).run();
}

export function insertComment(db: Db, comment: ReviewComment): void {
  db.insert(reviewComments).values(comment).run();
}

export function findComment(db: Db, id: string): ReviewComment | undefined {
  return db.select().from(reviewComments).where(eq(reviewComments.id, id)).get();
}

export function listComments(db: Db, candidateId: string): ReviewComment[] {
  return db.select().from(reviewComments).where(eq(reviewComments.candidateId, candidateId)).orderBy(asc(reviewComments.createdAt)).all();
}

/** Comments nobody has resolved yet on any candidate of the script (what the editor shows). */
export function openComments(db: Db, scriptId: string): ReviewComment[] {
  return db
    .select()
    .from(reviewComments)
    .where(and(eq(reviewComments.scriptId, scriptId), isNull(reviewComments.resolvedAt)))
    .orderBy(asc(reviewComments.createdAt))
    .all();
}

export function resolveComment(db: Db, id: string, by: string, at: Date): void {
  db.update(reviewComments).set({ resolvedAt: at, resolvedBy: by }).where(eq(reviewComments.id, id)).run();
}
