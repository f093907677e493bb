import { z } from "zod";
import { CHOICE_MODES, INPUT_TYPES, OUTCOMES } from "./enums";
import { ACTION_KEY, PARAMETER_NAME, nodeIdSchema, portIdSchema, stageIdSchema, variableNameSchema } from "./ids";
import { ruleSetSchema } from "./condition";
import { suppressionSchema } from "./lint-settings";

const spokenText = z.string().max(5000).meta({ description: "What the agent says. May contain {{variable}}." });

// Every element but an exit belongs to a stage. `null` means "not assigned yet": a draft may be in
// that state while it is being drawn, and the linter reports it; a stage id that does not exist is
// a schema error instead.
const staged = {
  id: nodeIdSchema,
  label: z.string().max(120).optional().meta({ description: "Short name shown on the canvas." }),
  stageId: stageIdSchema.nullable(),
  suppressions: z.array(suppressionSchema).max(50).optional(),
};

export const statementNodeSchema = z.strictObject({
  ...staged,
  kind: z.literal("statement"),
  text: spokenText,
});

export const answerSchema = z.strictObject({
  id: portIdSchema,
  label: z.string().max(200).meta({ description: "The customer's answer as the agent records it." }),
});

export const choiceNodeSchema = z.strictObject({
  ...staged,
  kind: z.literal("choice"),
  text: spokenText,
  mode: z.enum(CHOICE_MODES),
  answers: z.array(answerSchema).min(1),
  replySeconds: z
    .number()
    .min(0)
    .max(600)
    .optional()
    .meta({ description: "Expected customer reply time; the workspace default applies when absent." }),
});

export const inputNodeSchema = z.strictObject({
  ...staged,
  kind: z.literal("input"),
  text: spokenText.optional(),
  variable: variableNameSchema,
  inputType: z.enum(INPUT_TYPES),
  required: z.boolean(),
  pattern: z.string().max(500).optional().meta({ description: "A regular expression the value must match." }),
});

export const actionNodeSchema = z.strictObject({
  ...staged,
  kind: z.literal("action"),
  key: z
    .string()
    .regex(ACTION_KEY)
    .meta({ description: "The function key, e.g. query-bill, open-ticket, transfer, send-sms." }),
  text: spokenText.optional(),
  parameters: z.record(z.string().regex(PARAMETER_NAME), z.string().max(1000)),
  systemSeconds: z.number().min(0).max(3600).meta({ description: "Simulated time the system takes." }),
  outputs: z.array(variableNameSchema).optional().meta({ description: "Variables the action sets." }),
});

export const conditionNodeSchema = z.strictObject({
  ...staged,
  kind: z.literal("condition"),
  rules: ruleSetSchema,
});

export const exitNodeSchema = z.strictObject({
  id: nodeIdSchema,
  label: staged.label,
  suppressions: staged.suppressions,
  kind: z.literal("exit"),
  outcome: z.enum(OUTCOMES),
  text: spokenText.optional().meta({ description: "Closing words said before the call ends." }),
});

export const scriptNodeSchema = z.discriminatedUnion("kind", [
  statementNodeSchema,
  choiceNodeSchema,
  inputNodeSchema,
  actionNodeSchema,
  conditionNodeSchema,
  exitNodeSchema,
]);

export type StatementNode = z.infer<typeof statementNodeSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type InputNode = z.infer<typeof inputNodeSchema>;
export type ActionNode = z.infer<typeof actionNodeSchema>;
export type ConditionNode = z.infer<typeof conditionNodeSchema>;
export type ExitNode = z.infer<typeof exitNodeSchema>;
export type ScriptNode = z.infer<typeof scriptNodeSchema>;
export type NodeOfKind<K extends ScriptNode["kind"]> = Extract<ScriptNode, { kind: K }>;
