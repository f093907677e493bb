import type { Value, Values } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import type { VariableSource } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";

/** What the player's fields hold: text as typed, by variable name ("" for nothing). */
export type FieldValues = Readonly<Record<string, string>>;

export function variablesFrom(doc: Pick<ScriptDocument, "variables">, source: VariableSource): Variable[] {
  return doc.variables.filter((v) => v.source === source);
}

/** A record (a sample customer) as field text; yes/no as "true"/"false", which the engine reads back. */
export function fieldsOf(record: Readonly<Record<string, Value>> | undefined): FieldValues {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(record ?? {})) out[name] = String(value);
  return out;
}

/**
 * The fields as start values for the engine: blank fields left out, the rest as typed (the engine
 * reads "100" as 100 for a number variable, "true" and "是" as yes).
 */
export function valuesOf(fields: FieldValues, variables: readonly Variable[]): Values {
  const out: Values = {};
  for (const v of variables) {
    const text = fields[v.name];
    if (text !== undefined && text.trim() !== "") out[v.name] = text;
  }
  return out;
}

/**
 * How a sample customer is named in the picker: the first text value of the record, in the order
 * the script declares its customer variables (a name, usually); null when it has none.
 */
export function sampleName(record: Readonly<Record<string, Value>>, customer: readonly Variable[]): string | null {
  for (const v of customer) {
    const value = record[v.name];
    if (v.type === "text" && typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}
