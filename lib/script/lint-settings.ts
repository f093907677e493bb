import { z } from "zod";
import { NOT_BLANK } from "./ids";

// What the document itself says about linting: its own rule overrides (the last layer of the
// cascade built-in packs -> workspace -> family -> script) and, on each element, the findings a
// designer has deliberately accepted. Both live outside the spoken text, which is read aloud.

export const RULE_ID = /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
export const ruleIdSchema = z.string().regex(RULE_ID).meta({ description: "A lint rule id, e.g. courtesy/banned-word." });

export const RULE_LEVELS = ["off", "info", "warning", "error"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** A rule's severity alone ("warning"), or its severity and options; options merge onto the layers below. */
export const ruleSettingSchema = z.union([
  z.enum(RULE_LEVELS),
  z.strictObject({
    severity: z.enum(RULE_LEVELS).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const ruleSettingsSchema = z.record(ruleIdSchema, ruleSettingSchema);
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;

/** A finding a designer accepted on purpose, with the reason a reviewer will read. */
export const suppressionSchema = z.strictObject({
  ruleId: ruleIdSchema,
  reason: z.string().max(500).regex(NOT_BLANK).meta({ description: "Why the finding is accepted; required." }),
  by: z.string().min(1).max(254).meta({ description: "Who accepted it: their email." }),
  at: z.iso.datetime(),
  textHash: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional()
    .meta({ description: "Hash of the element's spoken text when suppressed; a changed text voids the suppression." }),
});
export type Suppression = z.infer<typeof suppressionSchema>;

// Speech-rate overrides are validated by lib/speech when the linter resolves them; the document
// only promises they are numbers, so the script format does not depend on the estimator.
const speechOverrideSchema = z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())]));

export const scriptLintSettingsSchema = z.strictObject({
  rules: ruleSettingsSchema.optional(),
  speech: speechOverrideSchema.optional().meta({ description: "Speaking-rate overrides for this script (see lib/speech)." }),
});
export type ScriptLintSettings = z.infer<typeof scriptLintSettingsSchema>;
