import type { Variable } from "../script/parts";
import { parseScalar } from "../script/rule-values";
import type { InvalidReason, Value, Values } from "./types";

/** A variable's value, own properties only: a variable may be named `constructor`. */
export function valueOf(values: Readonly<Values>, name: string): Value | undefined {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

export type Coerced = { ok: true; value: Value | undefined } | { ok: false; reason: InvalidReason; options?: string[] };

/**
 * A value from outside (a customer record, a CSV cell, a function key's outputs) as its variable's
 * type: numbers and yes/no read from text with the same reader as condition rules ("100" → 100,
 * "是" → true), an enum value must be one of the options, anything else is kept as text. Blank
 * text is no value (undefined). A variable the script does not declare keeps the value as given.
 */
export function coerceValue(variable: Variable | undefined, value: Value): Coerced {
  if (typeof value === "string" && value.trim() === "") return { ok: true, value: undefined };
  if (!variable) return { ok: true, value };
  switch (variable.type) {
    case "number":
      if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "notNumber" };
      return typeof value === "string" ? parsed(value, variable) : { ok: false, reason: "notNumber" };
    case "boolean":
      if (typeof value === "boolean") return { ok: true, value };
      return typeof value === "string" ? parsed(value, variable) : { ok: false, reason: "notBoolean" };
    case "enum":
      return parsed(String(value), variable);
    default:
      return { ok: true, value: typeof value === "string" ? value.trim() : String(value) };
  }
}

function parsed(text: string, variable: Variable): Coerced {
  const result = parseScalar(text, variable);
  if (result.ok) return { ok: true, value: result.value };
  const error = result.error;
  switch (error.code) {
    case "notOption":
      return { ok: false, reason: "notOption", options: [...error.params.options] };
    case "notBoolean":
      return { ok: false, reason: "notBoolean" };
    case "notNumber":
      return { ok: false, reason: "notNumber" };
    default:
      return { ok: true, value: undefined };
  }
}

/**
 * A record of values coerced to the script's variables. Values that do not read as their type
 * are kept as given (a start cannot fail; conditions then simply do not hold for them), blank
 * ones are dropped, and names the script does not declare are ignored.
 */
export function coerceRecord(variables: ReadonlyMap<string, Variable>, record: Readonly<Values> | undefined): Values {
  const out: Values = {};
  if (!record) return out;
  for (const name of Object.keys(record)) {
    const variable = variables.get(name);
    const value = record[name];
    if (!variable || value === undefined || value === null) continue;
    const coerced = coerceValue(variable, value);
    const kept = coerced.ok ? coerced.value : value;
    if (kept !== undefined) out[name] = kept;
  }
  return out;
}
