import type { ConditionRule } from "@/lib/script/condition";
import { LIST_OPS, VALUELESS_OPS, type ConditionOp, type VariableType } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { splitList } from "./field-rules";
import { fail, ok, type Parsed } from "./parsed";

type Value = ConditionRule["value"];
type Scalar = string | number | boolean;

/** The comparisons that make sense for a type, in the order the picker shows them. */
export function opsFor(type: VariableType): ConditionOp[] {
  switch (type) {
    case "number":
    case "date":
      return ["eq", "neq", "gt", "gte", "lt", "lte", "in", "notIn", "empty", "notEmpty"];
    case "boolean":
      return ["eq", "neq", "empty", "notEmpty"];
    case "enum":
      return ["eq", "neq", "in", "notIn", "empty", "notEmpty"];
    case "text":
    case "phone":
    case "email":
      return ["eq", "neq", "contains", "in", "notIn", "empty", "notEmpty"];
  }
}

/**
 * The control a criterion's value needs: none for empty/notEmpty; ticks for a list of enum or
 * yes/no values; a typed list otherwise; and one value fitting the variable's type.
 */
export type ValueInput = "none" | "text" | "number" | "date" | "boolean" | "option" | "list" | "picks";

export function valueInputFor(op: ConditionOp, type: VariableType): ValueInput {
  if (VALUELESS_OPS.includes(op)) return "none";
  if (LIST_OPS.includes(op)) return type === "enum" || type === "boolean" ? "picks" : "list";
  if (op === "contains") return "text";
  switch (type) {
    case "number":
      return "number";
    case "date":
      return "date";
    case "boolean":
      return "boolean";
    case "enum":
      return "option";
    case "text":
    case "phone":
    case "email":
      return "text";
  }
}

/** A criterion row as the user edits it: the typed text and the ticked values are both kept. */
export type CriterionDraft = { var: string; op: ConditionOp; text: string; picks: string[] };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : null;
}

function parseScalar(text: string, variable: Variable): Parsed<Scalar> {
  const trimmed = text.trim();
  if (trimmed === "") return fail("valueRequired");
  switch (variable.type) {
    case "number": {
      const n = parseNumber(trimmed);
      return n === null ? fail("notNumber") : ok(n);
    }
    case "boolean":
      return trimmed === "true" ? ok(true) : trimmed === "false" ? ok(false) : fail("valueRequired");
    case "enum":
      return variable.options?.includes(trimmed) ? ok(trimmed) : fail("notOption", { value: trimmed });
    default:
      return ok(trimmed);
  }
}

/** The value a draft stands for, checked against the comparison and the variable's type. */
export function parseCriterionValue(draft: Pick<CriterionDraft, "op" | "text" | "picks">, variable: Variable): Parsed<Value> {
  const input = valueInputFor(draft.op, variable.type);
  switch (input) {
    case "none":
      return ok(undefined);
    case "picks": {
      if (draft.picks.length === 0) return fail("valuesRequired");
      const known = variable.type === "boolean" ? ["true", "false"] : (variable.options ?? []);
      // In the variable's own order, whatever order they were ticked in.
      const picked = known.filter((value) => draft.picks.includes(value));
      const stray = draft.picks.find((value) => !known.includes(value));
      if (stray !== undefined) return fail("notOption", { value: stray });
      return ok(variable.type === "boolean" ? picked.map((value) => value === "true") : picked);
    }
    case "list": {
      const items = splitList(draft.text);
      if (items.length === 0) return fail("valuesRequired");
      if (variable.type !== "number") return ok(items);
      const numbers = items.map(parseNumber);
      const bad = items.find((_, i) => numbers[i] === null);
      return bad !== undefined ? fail("notNumber") : ok(numbers as number[]);
    }
    case "text":
      return draft.text.trim() === "" ? fail("valueRequired") : ok(draft.text.trim());
    case "number":
    case "date":
    case "boolean":
    case "option":
      return parseScalar(draft.text, variable);
  }
}

/** A stored criterion as a draft. */
export function formatCriterion(rule: ConditionRule): CriterionDraft {
  const value = rule.value;
  if (value === undefined) return { var: rule.var, op: rule.op, text: "", picks: [] };
  const list = Array.isArray(value) ? value : [value];
  return { var: rule.var, op: rule.op, text: list.map(String).join(", "), picks: list.map(String) };
}

/** A draft as a criterion, or why it cannot be stored yet. */
export function parseCriterion(draft: CriterionDraft, variables: readonly Variable[]): Parsed<ConditionRule> {
  const variable = variables.find((v) => v.name === draft.var);
  if (!variable) return fail("valueRequired");
  const value = parseCriterionValue(draft, variable);
  if (!value.ok) return value;
  return ok(value.value === undefined ? { var: draft.var, op: draft.op } : { var: draft.var, op: draft.op, value: value.value });
}

/** The draft after the comparison changes: what was typed carries over between a single value and a list. */
export function withOp(draft: CriterionDraft, op: ConditionOp, type: VariableType): CriterionDraft {
  const before = valueInputFor(draft.op, type);
  const after = valueInputFor(op, type);
  if (after === "picks" && before !== "picks") return { ...draft, op, picks: splitList(draft.text) };
  if (before === "picks" && after !== "picks") return { ...draft, op, text: after === "list" ? draft.picks.join(", ") : (draft.picks[0] ?? "") };
  if (before === "list" && after !== "list") return { ...draft, op, text: splitList(draft.text)[0] ?? "" };
  return { ...draft, op };
}

/**
 * The draft after the variable changes: the comparison stays when it fits the new type (else the
 * type's first); the value stays only when the type is the same (and is not a list of options).
 */
export function withVariable(draft: CriterionDraft, variable: Variable, previous: Variable | undefined): CriterionDraft {
  const ops = opsFor(variable.type);
  const op = ops.includes(draft.op) ? draft.op : (ops[0] as ConditionOp);
  // Another list variable has other options, so its values never carry over.
  const sameType = previous?.type === variable.type && variable.type !== "enum";
  return sameType ? { ...draft, var: variable.name, op } : { var: variable.name, op, text: "", picks: [] };
}

/** A new criterion: the first variable (customer record first), tested for being filled in. */
export function newCriterion(variables: readonly Variable[]): ConditionRule | null {
  const first = sortForCriteria(variables)[0];
  return first ? { var: first.name, op: "notEmpty" } : null;
}

/** Variables as the criteria picker lists them: customer-record ones first, otherwise as declared. */
export function sortForCriteria(variables: readonly Variable[]): Variable[] {
  return [...variables.filter((v) => v.source === "customer"), ...variables.filter((v) => v.source !== "customer")];
}
