import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { FAMILIES, LOCALES } from "../script/enums";

// `scripts` is the catalogue row of a script; `title`, `family` and `locale` mirror the draft
// document so that the library can list, search and filter without parsing every document. The
// repository writes both in one transaction, so the mirror cannot drift.
export const scripts = sqliteTable("scripts", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  family: text("family", { enum: FAMILIES }).notNull(),
  locale: text("locale", { enum: LOCALES }).notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
});

// The working copy of a script. `revision` grows by one on every save; a save must name the
// revision it was based on, so two editors cannot silently overwrite each other.
export const drafts = sqliteTable("drafts", {
  scriptId: text("script_id")
    .primaryKey()
    .references(() => scripts.id, { onDelete: "cascade" }),
  revision: integer("revision").notNull(),
  document: text("document").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Custom lint rule packs, one row per pack; `pack` is the pack as JSON (lib/lint/pack-schema).
// Built-in packs live in the code, never here.
export const rulePacks = sqliteTable("rule_packs", {
  id: text("id").primaryKey(),
  pack: text("pack").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  updatedBy: text("updated_by").notNull(),
});

// Workspace-wide settings as JSON, one row per key; "lint" holds the workspace lint settings.
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  updatedBy: text("updated_by").notNull(),
});

export * from "./auth-schema";
export * from "./access-schema";
export * from "./review-schema";
