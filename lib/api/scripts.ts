import { z } from "zod";
import { FAMILIES, LOCALES } from "../script/enums";
import { scriptDocumentShape } from "../script/document";
import type { ScriptRecord, ScriptSummary } from "../library/records";

// The contract of /api/v1/scripts, shared by the route handlers and the browser: request bodies
// are derived from the script schema, responses are the library records with dates as ISO text.

const titleSchema = scriptDocumentShape.shape.title;

export const listScriptsQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  family: z.enum(FAMILIES).optional(),
  archived: z.enum(["active", "archived", "all"]).optional(),
});

/** Create from a family template; `document` instead imports a whole script (given a new id). */
export const createFromTemplateSchema = z.strictObject({
  title: titleSchema,
  family: z.enum(FAMILIES),
  locale: z.enum(LOCALES),
  /** Only the family's stages and an empty opening, instead of the greeting-and-closing skeleton. */
  blank: z.boolean().optional(),
});
export const createFromDocumentSchema = z.strictObject({ document: z.unknown() });

export const saveDraftRequestSchema = z.strictObject({
  baseRevision: z.number().int().positive(),
  document: z.unknown(),
});

export const patchScriptRequestSchema = z
  .strictObject({ title: titleSchema.optional(), archived: z.boolean().optional() })
  .refine((body) => body.title !== undefined || body.archived !== undefined, { params: { key: "required" }, path: ["title"] });

export const duplicateScriptRequestSchema = z.strictObject({ title: titleSchema.optional() });

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type ScriptSummaryJson = Jsonified<ScriptSummary>;
export type ScriptJson = Jsonified<ScriptRecord>;

export type ApiIssue = { path: (string | number)[]; pathText: string; code: string; message: string };
export type ApiErrorBody = {
  error: { code: string; message: string; issues: ApiIssue[]; currentRevision?: number };
};

export function summaryJson<T extends ScriptSummary>(record: T): Jsonified<T> {
  return {
    ...record,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    archivedAt: record.archivedAt?.toISOString() ?? null,
  } as Jsonified<T>;
}
