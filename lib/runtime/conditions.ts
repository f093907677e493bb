import { rulesOf, type ConditionRule, type RuleSet } from "../script/condition";
import type { Variable } from "../script/parts";
import { opFits, parseScalar, type RuleVariable, type Scalar } from "../script/rule-values";
import type { Value, Values } from "./types";
import { valueOf } from "./values";

/**
 * Whether a condition's rules hold for the variables: `all` when every rule does (an empty `all`
 * holds), `any` when one does (an empty `any` does not).
 */
export function evaluateRules(rules: RuleSet, values: Readonly<Values>, variables: ReadonlyMap<string, Variable>): boolean {
  if ("all" in rules) return rules.all.every((rule) => ruleHolds(rule, values, variables));
  return rulesOf(rules).some((rule) => ruleHolds(rule, values, variables));
}

/**
 * One rule. Values are compared as the variable's type (rule-values decides what fits): numbers
 * as numbers, dates as ISO text (which sorts like the calendar), yes/no as booleans, the rest as
 * text; `contains` ignores case. A comparison that does not fit the type never holds (the linter
 * reports such rules). A variable without a value is empty: `neq` and `notIn` hold for it, every
 * other comparison but `empty` does not.
 */
export function ruleHolds(rule: ConditionRule, values: Readonly<Values>, variables: ReadonlyMap<string, Variable>): boolean {
  const variable: RuleVariable = variables.get(rule.var) ?? { name: rule.var, type: "text" };
  if (!opFits(rule.op, variable.type)) return false;
  const raw = valueOf(values, rule.var);
  const present = raw !== undefined && !(typeof raw === "string" && raw.trim() === "");
  switch (rule.op) {
    case "empty":
      return !present;
    case "notEmpty":
      return present;
    default:
      break;
  }
  if (!present) return rule.op === "neq" || rule.op === "notIn";
  const actual = typed(raw, variable);
  const expected = rule.value;
  switch (rule.op) {
    case "eq":
      return !Array.isArray(expected) && expected !== undefined && same(actual, typed(expected, variable));
    case "neq":
      return !(!Array.isArray(expected) && expected !== undefined && same(actual, typed(expected, variable)));
    case "in":
      return Array.isArray(expected) && expected.some((v) => same(actual, typed(v, variable)));
    case "notIn":
      return !(Array.isArray(expected) && expected.some((v) => same(actual, typed(v, variable))));
    case "contains":
      return !Array.isArray(expected) && expected !== undefined && String(actual).toLowerCase().includes(String(expected).toLowerCase());
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      if (Array.isArray(expected) || expected === undefined) return false;
      const order = compare(actual, typed(expected, variable));
      if (order === null) return false;
      return rule.op === "gt" ? order > 0 : rule.op === "gte" ? order >= 0 : rule.op === "lt" ? order < 0 : order <= 0;
    }
  }
}

/** A value as its variable's type reads it; a value that does not read stays as it is. */
function typed(value: Value, variable: RuleVariable): Scalar {
  if (variable.type === "number" || variable.type === "boolean") {
    if (typeof value !== "string") return value;
    const parsed = parseScalar(value, variable);
    return parsed.ok ? parsed.value : value;
  }
  return typeof value === "string" ? value.trim() : String(value);
}

function same(a: Scalar, b: Scalar): boolean {
  return a === b;
}

function compare(a: Scalar, b: Scalar): number | null {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  return null;
}
