// Every enumeration of the script format is one literal tuple here, so that the schema, the UI's
// pickers, the catalogue keys and exhaustive registries all read the same list.

export const SCHEMA_VERSION = 1 as const;

export const FAMILIES = [
  "inbound",
  "outbound-marketing",
  "outbound-maintenance",
  "complaint",
  "custom",
] as const;
export type Family = (typeof FAMILIES)[number];

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const ELEMENT_KINDS = ["statement", "choice", "input", "action", "condition", "exit"] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const OUTCOMES = ["success", "declined", "callback", "transfer", "failure", "other"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const INPUT_TYPES = ["text", "number", "phone", "date", "email", "enum"] as const;
export type InputType = (typeof INPUT_TYPES)[number];

// A variable can also hold a yes/no fact from the customer record or the system (e.g. "is VIP").
export const VARIABLE_TYPES = [...INPUT_TYPES, "boolean"] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export const VARIABLE_SOURCES = ["customer", "input", "system"] as const;
export type VariableSource = (typeof VARIABLE_SOURCES)[number];

export const CHOICE_MODES = ["single", "multi"] as const;
export type ChoiceMode = (typeof CHOICE_MODES)[number];

export const CONDITION_OPS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "contains",
  "in",
  "notIn",
  "empty",
  "notEmpty",
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Ops that compare against no value, and ops that compare against a list. */
export const VALUELESS_OPS: readonly ConditionOp[] = ["empty", "notEmpty"];
export const LIST_OPS: readonly ConditionOp[] = ["in", "notIn"];

// What a stage is for, independent of the name a designer gives it. Rules that speak of "the
// pitch" or "calming the customer" find their stage by role, so renaming a stage breaks nothing.
export const STAGE_ROLES = [
  "greeting",
  "listen",
  "judge",
  "operate",
  "answer",
  "pitch",
  "intent",
  "objection",
  "capture",
  "purpose",
  "analyse",
  "guide",
  "extract",
  "calm",
  "locate",
  "solve",
  "follow-up",
  "body",
  "closing",
] as const;
export type StageRole = (typeof STAGE_ROLES)[number];
