import { z } from "zod";
import { LOCALES } from "../script/enums";
import type { RulePack } from "../lint/pack-schema";
import type { WorkspaceLintSettings } from "../lint/workspace-settings";
import type { ExampleFailure } from "../lint/examples";

// The contract of /api/v1/lint, shared by the route handlers and the browser.
//
//   GET    /api/v1/lint/setup               -> LintSetupJson        (what the editor lints with)
//   GET    /api/v1/lint/packs               -> RulePacksJson        (built-in and custom packs)
//   PUT    /api/v1/lint/packs/:id  {pack}   -> CustomPackJson       (create or replace a custom pack)
//   DELETE /api/v1/lint/packs/:id           -> 204
//   GET    /api/v1/lint/settings            -> { settings }
//   PUT    /api/v1/lint/settings {settings} -> { settings }
//   POST   /api/v1/lint {document, locale?} -> LintReport           (lint any document)
//   GET    /api/v1/scripts/:id/lint?locale= -> LintReport           (lint a script's current draft)
//
// A pack that does not fit the schema is a 400 with every issue and its path; a pack whose own
// examples fail is a 422 with the failures in `error.examples`; a custom pack may not take a
// built-in pack's id (409). Nothing is written on any failure.

export const savePackRequestSchema = z.strictObject({ pack: z.unknown() });
export const saveLintSettingsRequestSchema = z.strictObject({ settings: z.unknown() });
export const lintDocumentRequestSchema = z.strictObject({ document: z.unknown(), locale: z.enum(LOCALES).optional() });
export const lintQuerySchema = z.strictObject({ locale: z.enum(LOCALES).optional() });

export type CustomPackJson = { pack: RulePack; updatedAt: string; updatedBy: string };
export type RulePacksJson = { builtin: RulePack[]; custom: CustomPackJson[]; disabled: string[] };
export type LintSetupJson = { packs: RulePack[]; workspace: WorkspaceLintSettings };
export type LintSettingsJson = { settings: WorkspaceLintSettings };
export type PackExamplesErrorBody = {
  error: { code: "pack-examples-failed"; message: string; issues: []; examples: ExampleFailure[] };
};

/** A stored custom pack as JSON: the date as ISO text. */
export function customPackJson(stored: { pack: RulePack; updatedAt: Date; updatedBy: string }): CustomPackJson {
  return { pack: stored.pack, updatedAt: stored.updatedAt.toISOString(), updatedBy: stored.updatedBy };
}
