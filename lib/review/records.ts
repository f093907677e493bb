import type { ScriptDocument } from "../script/document";
import type { CandidateStatus } from "./candidate";

// What the storage layer hands out for review and publishing: domain types, never rows.

export type Candidate = {
  id: string;
  scriptId: string;
  number: number;
  contentHash: string;
  document: ScriptDocument;
  draftRevision: number;
  acknowledged: string[];
  status: CandidateStatus;
  submittedById: string;
  submittedBy: string;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
};

export type CandidateSummary = Omit<Candidate, "document">;

export type ReviewComment = {
  id: string;
  candidateId: string;
  scriptId: string;
  nodeId: string;
  field: string | null;
  quote: string | null;
  body: string;
  authorId: string;
  author: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
};

export type VersionSummary = {
  scriptId: string;
  version: number;
  candidateId: string;
  contentHash: string;
  note: string;
  publishedBy: string;
  publishedAt: Date;
};

export type PublishedVersion = VersionSummary & { document: ScriptDocument };

export type LivePointer = { scriptId: string; version: number; movedBy: string; movedAt: Date };

/** A script as agent systems see it in the list of published scripts. */
export type PublishedScript = {
  id: string;
  slug: string;
  title: string;
  family: string;
  locale: string;
  liveVersion: number;
  latestVersion: number;
  contentHash: string;
  publishedAt: Date;
};
