import { z } from "zod";
import type { Finding } from "../lint/finding";
import type { VersionDiff } from "../publish/version-diff";
import type { Candidate, CandidateSummary, LivePointer, PublishedScript, ReviewComment, VersionSummary } from "../review/records";
import type { ScriptDocument } from "../script/document";

// The contract of review, versions, publishing, the runtime API and webhooks, shared by the
// route handlers and the browser.

const note = z.string().trim().max(2000);

export const submitRequestSchema = z.strictObject({
  /** Keys of the warnings the designer has read (lib/review/submission.ts findingKey). */
  acknowledged: z.array(z.string().max(300)).max(1000).default([]),
});
export const commentRequestSchema = z.strictObject({
  nodeId: z.string().min(1).max(100),
  field: z.string().max(120).optional(),
  quote: z.string().max(2000).optional(),
  body: z.string().trim().min(1).max(4000),
});
export const decisionRequestSchema = z.strictObject({ note: note.optional() });
export const publishRequestSchema = z.strictObject({ note: note.default("") });
export const moveLiveRequestSchema = z.strictObject({ version: z.number().int().positive() });
export const versionParamSchema = z.coerce.number().int().positive();
export const diffQuerySchema = z.strictObject({ from: versionParamSchema, to: versionParamSchema });
export const importDraftRequestSchema = z.strictObject({ baseRevision: z.number().int().positive(), document: z.unknown() });

const webhookUrl = z.url({ protocol: /^https?$/ }).max(2000);
export const createWebhookRequestSchema = z.strictObject({ url: webhookUrl, description: z.string().trim().max(200).default("") });
export const updateWebhookRequestSchema = z
  .strictObject({ url: webhookUrl.optional(), description: z.string().trim().max(200).optional(), active: z.boolean().optional() })
  .refine((b) => b.url !== undefined || b.description !== undefined || b.active !== undefined, { params: { key: "required" }, path: ["active"] });

type Iso<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type CandidateSummaryJson = Iso<CandidateSummary>;
export type CandidateJson = Iso<Candidate>;
export type CommentJson = Iso<ReviewComment>;
export type VersionSummaryJson = Iso<VersionSummary>;
export type LivePointerJson = Iso<LivePointer>;
export type PublishedScriptJson = Iso<PublishedScript>;

/** The copy review: the candidate, what is live now (for the diff), and the comments. */
export type CandidateReviewJson = {
  candidate: CandidateJson;
  live: { version: number; document: ScriptDocument } | null;
  comments: CommentJson[];
};
export type VersionHistoryJson = { versions: VersionSummaryJson[]; live: LivePointerJson | null };
export type VersionDiffJson = VersionDiff & { from: number; to: number };
export type SubmissionRefusedJson = { error: { code: "lint-errors" | "warnings-unacknowledged"; message: string; findings: Finding[] } };

/** What agent systems get: one published version of a script. */
export type PublishedEnvelope = {
  slug: string;
  version: number;
  contentHash: string;
  publishedAt: string;
  note: string;
  script: ScriptDocument;
};
