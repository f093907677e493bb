import type { Family, Locale } from "../script/enums";
import type { ScriptDocument } from "../script/document";

// What the storage layer hands out: domain types, never drizzle rows.

export type ScriptSummary = {
  id: string;
  slug: string;
  title: string;
  family: Family;
  locale: Locale;
  elementCount: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  archivedAt: Date | null;
};

export type ScriptRecord = ScriptSummary & { document: ScriptDocument };

export type ArchiveFilter = "active" | "archived" | "all";

export type ScriptQuery = { text?: string; family?: Family; archive?: ArchiveFilter };

export type SaveResult =
  | { ok: true; record: ScriptRecord }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; currentRevision: number };
