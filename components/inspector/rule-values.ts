import type { ConditionRule } from "@/lib/script/condition";
import { CONDITION_OPS, LIST_OPS, VALUELESS_OPS, type ConditionOp, type VariableType } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { fail, ok, type Parsed } from "./field-error";
import { LIST_SEPARATOR } from "./parse-field";

// A condition rule's value is typed by its variable (a number for a number, true/false for a
// yes/no fact, one of the options for a list) and shaped by its comparison (none, one, a list).
// These functions keep the two in step as the designer changes either.

type Scalar = string | number | boolean;
export type RuleValue = ConditionRule["value"];

/** Which control edits the value. */
export type ValueControl = "none" | "list" | "number" | "boolean" | "enum" | "text";

export function valueControl(op: ConditionOp, type: VariableType): ValueControl {
  if (VALUELESS_OPS.includes(op)) return "none";
  if (LIST_OPS.includes(op)) return "list";
  if (type === "number" || type === "boolean" || type === "enum") return type;
  return "text";
}

const ORDERED: readonly ConditionOp[] = ["gt", "gte", "lt", "lte"];

/** The comparisons that make sense for a type, plus `current` so an odd existing rule still shows. */
export function opsFor(type: VariableType, current?: ConditionOp): ConditionOp[] {
  const fits = (op: ConditionOp): boolean => {
    if (ORDERED.includes(op)) return type === "number" || type === "date";
    if (op === "contains") return type === "text" || type === "phone" || type === "email";
    if (LIST_OPS.includes(op)) return type !== "boolean";
    return true;
  };
  return CONDITION_OPS.filter((op) => op === current || fits(op));
}

/** The value as the designer reads and types it; a list is comma-separated. */
export function formatRuleValue(value: RuleValue): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

const TRUE_WORDS = ["true", "yes", "是"];
const FALSE_WORDS = ["false", "no", "否"];

/** One value of the variable's type, read from text. */
export function parseScalar(text: string, variable: Pick<Variable, "type" | "options">): Parsed<Scalar> {
  const raw = text.trim();
  if (raw === "") return fail({ code: "required" });
  switch (variable.type) {
    case "number": {
      const n = Number(raw);
      return Number.isFinite(n) ? ok(n) : fail({ code: "notNumber" });
    }
    case "boolean": {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.includes(word)) return ok(true);
      if (FALSE_WORDS.includes(word)) return ok(false);
      return fail({ code: "notBoolean" });
    }
    case "enum": {
      const options = variable.options ?? [];
      return options.includes(raw) ? ok(raw) : fail({ code: "notOption", value: raw, options: options.join(", ") });
    }
    default:
      return ok(raw);
  }
}

/** The rule's value read from the text of its control, for the rule's comparison. */
export function parseRuleValue(text: string, variable: Pick<Variable, "type" | "options">, op: ConditionOp): Parsed<RuleValue> {
  if (VALUELESS_OPS.includes(op)) return ok(undefined);
  if (!LIST_OPS.includes(op)) return parseScalar(text, variable);
  const items = text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 0) return fail({ code: "required" });
  const values: Scalar[] = [];
  for (const item of items) {
    const parsed = parseScalar(item, variable);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return ok(values);
}

function defaultScalar(variable: Pick<Variable, "type" | "options">): Scalar {
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
 * The rule with a new variable and/or comparison. The old value is kept where it still reads as
 * the new type (100 stays 100, "100" becomes 100 for a number), and otherwise replaced by a
 * neutral value of the right shape, so the result always passes the schema.
 */
export function adaptRule(rule: ConditionRule, variable: Variable, op: ConditionOp = rule.op): ConditionRule {
  const allowed = opsFor(variable.type);
  const nextOp = allowed.includes(op) ? op : "eq";
  const base = { var: variable.name, op: nextOp };
  if (VALUELESS_OPS.includes(nextOp)) return base;
  const previous = rule.value === undefined ? [] : Array.isArray(rule.value) ? rule.value : [rule.value];
  const kept = previous.flatMap((v) => {
    const parsed = parseScalar(String(v), variable);
    return parsed.ok ? [parsed.value] : [];
  });
  const fallback = defaultScalar(variable);
  if (LIST_OPS.includes(nextOp)) return { ...base, value: kept.length > 0 ? kept : fallback === "" ? [] : [fallback] };
  return { ...base, value: kept[0] ?? fallback };
}

/** A new rule on a variable: "is not empty" needs no value, so it is valid before it is finished. */
export function newRule(variable: Pick<Variable, "name">): ConditionRule {
  return { var: variable.name, op: "notEmpty" };
}
