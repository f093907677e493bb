// Type-only imports: erased at build time, so this module runs without zod (editors, linter, runtime).
import type { ConditionRule } from "./condition";
import { CONDITION_OPS, LIST_OPS, VALUELESS_OPS, type ConditionOp, type VariableType } from "./enums";
import type { Variable } from "./parts";

// A condition rule's value is typed by its variable (a number for a number, true/false for a
// yes/no fact, one of the options for a list) and shaped by its comparison (none, one, a list).
// These functions are the one answer to "what fits": the rule editors, the linter and the
// runtime all ask here.

export type Scalar = string | number | boolean;
export type RuleValue = ConditionRule["value"];
/** What a rule's value needs to know of its variable. */
export type RuleVariable = Pick<Variable, "name" | "type" | "options">;

/** Why typed input is not a value for the rule: a code with parameters, never a sentence. */
export type RuleValueError =
  | { code: "valueRequired" | "valuesRequired" | "notNumber" | "notBoolean" }
  | { code: "notOption"; params: { value: string; options: readonly string[] } };

export type Parsed<V> = { ok: true; value: V } | { ok: false; error: RuleValueError };

const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
const fail = (error: RuleValueError): Parsed<never> => ({ ok: false, error });

const ORDERED: readonly ConditionOp[] = ["gt", "gte", "lt", "lte"];
const TEXTUAL: readonly VariableType[] = ["text", "phone", "email"];

/** Whether a comparison makes sense for a variable of this type. */
export function opFits(op: ConditionOp, type: VariableType): boolean {
  if (ORDERED.includes(op)) return type === "number" || type === "date";
  if (op === "contains") return TEXTUAL.includes(type);
  if (LIST_OPS.includes(op)) return type !== "boolean";
  return true; // eq, neq, empty, notEmpty fit every type
}

/** The comparisons that fit a type in the picker's order, plus `current` so an odd existing rule still shows. */
export function opsFor(type: VariableType, current?: ConditionOp): ConditionOp[] {
  return CONDITION_OPS.filter((op) => op === current || opFits(op, type));
}

/**
 * The control that edits the value: none; ticks for a list of options or yes/no; a typed list
 * otherwise; free text for `contains` (it looks for a piece of text); else one value of the type.
 */
export type ValueControl = "none" | "picks" | "list" | "text" | "number" | "date" | "boolean" | "option";

export function valueControl(op: ConditionOp, type: VariableType): ValueControl {
  if (VALUELESS_OPS.includes(op)) return "none";
  if (LIST_OPS.includes(op)) return type === "enum" || type === "boolean" ? "picks" : "list";
  if (op === "contains") return "text";
  switch (type) {
    case "number":
    case "date":
    case "boolean":
      return type;
    case "enum":
      return "option";
    case "text":
    case "phone":
    case "email":
      return "text";
  }
}

// Chinese designers separate with the full-width comma or the enumeration comma as often as ",".
export const LIST_SEPARATOR = /[,，、]/;
// Plain decimals only: "200M", "0x10" or "1e3" are refused rather than read as something unexpected.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const YES = ["true", "yes", "是"];
const NO = ["false", "no", "否"];

/** The values a yes/no or list variable can take, as the controls hold them. */
export function choicesOf(variable: RuleVariable): string[] {
  if (variable.type === "boolean") return ["true", "false"];
  return variable.type === "enum" ? [...(variable.options ?? [])] : [];
}

/** One value of the variable's type, read from text. */
export function parseScalar(text: string, variable: RuleVariable): Parsed<Scalar> {
  const raw = text.trim();
  if (raw === "") return fail({ code: "valueRequired" });
  switch (variable.type) {
    case "number":
      return NUMBER.test(raw) ? ok(Number(raw)) : fail({ code: "notNumber" });
    case "boolean": {
      const word = raw.toLowerCase();
      if (YES.includes(word)) return ok(true);
      return NO.includes(word) ? ok(false) : fail({ code: "notBoolean" });
    }
    case "enum": {
      const options = variable.options ?? [];
      return options.includes(raw) ? ok(raw) : fail({ code: "notOption", params: { value: raw, options } });
    }
    default:
      return ok(raw);
  }
}

/** One item of the value as the comparison reads it: `contains` looks for text whatever the type. */
function parseItem(text: string, variable: RuleVariable, op: ConditionOp): Parsed<Scalar> {
  if (op !== "contains") return parseScalar(text, variable);
  const raw = text.trim();
  return raw === "" ? fail({ code: "valueRequired" }) : ok(raw);
}

/** The rule's value read from what was typed, for the rule's comparison: nothing, one value, or a list. */
export function parseRuleValue(text: string, variable: RuleVariable, op: ConditionOp): Parsed<RuleValue> {
  if (VALUELESS_OPS.includes(op)) return ok(undefined);
  if (!LIST_OPS.includes(op)) return parseItem(text, variable, op);
  const items = text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 0) return fail({ code: "valuesRequired" });
  const values: Scalar[] = [];
  for (const item of items) {
    const parsed = parseScalar(item, variable);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return ok(values);
}

/** A list from ticked values, in the variable's own order whatever order they were ticked in. */
export function parsePicks(picks: readonly string[], variable: RuleVariable): Parsed<Scalar[]> {
  if (picks.length === 0) return fail({ code: "valuesRequired" });
  const known = choicesOf(variable);
  const stray = picks.find((value) => !known.includes(value));
  if (stray !== undefined) return fail({ code: "notOption", params: { value: stray, options: known } });
  const values: Scalar[] = [];
  for (const value of known.filter((v) => picks.includes(v))) {
    const parsed = parseScalar(value, variable);
    if (parsed.ok) values.push(parsed.value);
  }
  return ok(values);
}

/** A stored value as the designer reads and types it; a list is comma-separated. */
export function formatRuleValue(value: RuleValue): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

/** A stored value as ticked values. */
export function formatPicks(value: RuleValue): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** A value of the type to start from when nothing carries over (the schema needs one value). */
function neutralValue(variable: RuleVariable): Scalar {
  switch (variable.type) {
    case "number":
      return 0;
    case "boolean":
      return true;
    case "enum":
      return variable.options?.[0] ?? "";
    default:
      return "";
  }
}

/**
 * The rule with a new variable and/or comparison. The comparison stays when it fits the new type
 * (else "equals", which fits every type). Old values are kept where they still read as the new
 * type (100 stays 100, "100" becomes 100 for a number, an option only if the new variable has
 * it); a single value becomes a one-item list and a list its first item. Otherwise a list starts
 * empty and a single value neutral (0, yes, the first option, ""), so the result always passes
 * the schema and the editor can commit it at once.
 */
export function adaptRule(rule: ConditionRule, variable: RuleVariable, op: ConditionOp = rule.op): ConditionRule {
  const nextOp = opFits(op, variable.type) ? op : "eq";
  const base = { var: variable.name, op: nextOp };
  if (VALUELESS_OPS.includes(nextOp)) return base;
  const previous = rule.value === undefined ? [] : Array.isArray(rule.value) ? rule.value : [rule.value];
  const kept = previous.flatMap((v) => {
    const parsed = parseItem(String(v), variable, nextOp);
    return parsed.ok ? [parsed.value] : [];
  });
  if (LIST_OPS.includes(nextOp)) return { ...base, value: kept };
  return { ...base, value: kept[0] ?? neutralValue(variable) };
}

/** A new rule on a variable: "is not empty" needs no value, so it is valid before it is finished. */
export function newRule(variable: Pick<Variable, "name">): ConditionRule {
  return { var: variable.name, op: "notEmpty" };
}
