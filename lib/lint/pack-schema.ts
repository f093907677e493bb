import { z } from "zod";
import { FAMILIES, LOCALES, STAGE_ROLES } from "../script/enums";
import { ruleIdSchema } from "../script/lint-settings";
import { CATEGORIES, SEVERITIES } from "./finding";
import { CHECK_IDS } from "./checks/check-ids";
import { sketchSchema } from "./sketch";

// A rule pack is data: a team edits it without writing code. Every rule carries examples that must
// fire and examples that must not; they run as tests and when a pack is saved, and a rule without
// both kinds does not load.

const localized = z.strictObject({ "zh-CN": z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

const regexSource = z
  .string()
  .min(1)
  .max(500)
  .refine(compiles, { message: "Not a valid regular expression (JavaScript syntax, u flag)." });

const textExampleSchema = z.strictObject({
  text: z.string().min(1).max(2000),
  stage: z.enum(STAGE_ROLES).optional().meta({ description: "The stage the line is said in; any stage when absent." }),
  mark: z.string().min(1).optional().meta({ description: "The words the finding must cover (fire examples)." }),
  fixed: z.string().optional().meta({ description: "The text after the fix is applied (fire examples)." }),
});

const scriptExampleSchema = z.strictObject({
  script: sketchSchema,
  node: z.string().optional().meta({ description: "The element the finding must point at (fire examples)." }),
});

export const exampleSchema = z.union([textExampleSchema, scriptExampleSchema]);
export type RuleExample = z.infer<typeof exampleSchema>;

const examplesSchema = z.strictObject({
  fire: z.array(exampleSchema).min(1).meta({ description: "Inputs the rule must report." }),
  pass: z.array(exampleSchema).min(1).meta({ description: "Inputs the rule must leave alone." }),
});

const ruleBase = {
  id: ruleIdSchema,
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  description: localized,
  message: localized.meta({ description: "Shown with each finding; {name} inserts a parameter." }),
  messages: z.record(z.string(), localized).optional().meta({ description: "Variant messages a check picks by key." }),
  families: z.array(z.enum(FAMILIES)).min(1).optional().meta({ description: "Only scripts of these families." }),
  examples: examplesSchema,
};

export const phraseEntrySchema = z
  .strictObject({
    phrase: z.string().min(1).max(200).optional().meta({ description: "Words to find, matched as written (case-insensitive)." }),
    pattern: regexSource.optional().meta({ description: "A regular expression over the normalised, lower-cased text." }),
    allow: z.array(z.string().min(1)).optional().meta({ description: "Contexts in which a match is fine." }),
    severity: z.enum(SEVERITIES).optional(),
    label: localized.optional().meta({ description: "What is wrong with it, for the message ({label})." }),
    fix: z.string().max(500).optional().meta({ description: "A safe replacement, applied in one click." }),
    suggest: z.array(z.string().min(1).max(500)).optional().meta({ description: "Rewrites the designer picks from." }),
  })
  .refine((e) => (e.phrase === undefined) !== (e.pattern === undefined), {
    message: "An entry has exactly one of phrase and pattern.",
  });
export type PhraseEntry = z.infer<typeof phraseEntrySchema>;

const phrasesRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal("phrases"),
  stages: z.array(z.enum(STAGE_ROLES)).optional().meta({ description: "Only text said in stages with these roles." }),
  allow: z.array(z.string().min(1)).optional().meta({ description: "Contexts in which no entry of this rule matches." }),
  entries: z.array(phraseEntrySchema).min(1),
});

const requiredGroupSchema = z.strictObject({
  name: localized,
  anyOf: z.array(z.string().min(1)).min(1).meta({ description: "Any one of these phrases satisfies the group." }),
  insert: z.string().min(1).optional().meta({ description: "Text a suggestion adds where the group is missing." }),
});

const requiredRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal("required"),
  where: z
    .enum(["opening", "closing"])
    .meta({ description: "opening: every path through the first stage; closing: every path to a success exit." }),
  groups: z.array(requiredGroupSchema).min(1),
});

const checkRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal("check"),
  check: z.enum(CHECK_IDS),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const ruleSchema = z.discriminatedUnion("kind", [phrasesRuleSchema, requiredRuleSchema, checkRuleSchema]);
export type Rule = z.infer<typeof ruleSchema>;
export type PhrasesRule = z.infer<typeof phrasesRuleSchema>;
export type RequiredRule = z.infer<typeof requiredRuleSchema>;
export type CheckRule = z.infer<typeof checkRuleSchema>;

export const rulePackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][A-Za-z0-9-]{0,63}$/),
    name: localized,
    description: localized.optional(),
    locale: z.enum(LOCALES).optional().meta({ description: "Only scripts in this language; every script when absent." }),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `Duplicate rule id ${rule.id}.` });
      seen.add(rule.id);
    });
  })
  .meta({ title: "Huaben lint rule pack" });
export type RulePack = z.infer<typeof rulePackSchema>;

function compiles(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}
