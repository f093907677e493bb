import { z } from "zod";
import type { Values } from "../../lib/runtime/types";
import { scenarioStepSchema, type ScenarioStep } from "../../lib/simulate/scenario-schema";

const valuesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

// A whole saved scenario fits too: its id, name and expectations are not needed to walk.
const answersObjectSchema = z.object({ customer: valuesSchema.optional(), system: valuesSchema.optional(), steps: z.array(scenarioStepSchema) });

export type Answers = { steps: ScenarioStep[]; customer?: Values; system?: Values };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An answers file: a JSON array of scenario steps (`{ "type": "answer", "answer": "是本人" }`,
 * `{ "type": "input", "value": "..." }`, ...), or an object with `steps` and optionally `customer`
 * and `system` (a saved scenario is one).
 */
export function parseAnswers(text: string): Parsed<Answers> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = Array.isArray(json.value) ? z.array(scenarioStepSchema).safeParse(json.value) : answersObjectSchema.safeParse(json.value);
  if (!result.success) return { ok: false, message: z.prettifyError(result.error) };
  const value: Answers = Array.isArray(result.data) ? { steps: result.data } : result.data;
  return { ok: true, value };
}

/** A customer record: a JSON object of variable name → text, number or yes/no. */
export function parseCustomer(text: string): Parsed<Values> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = valuesSchema.safeParse(json.value);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: z.prettifyError(result.error) };
}

function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
