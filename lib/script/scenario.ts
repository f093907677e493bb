// Saved walk-throughs travel with the script they test (exported, versioned with the draft, read
// by `huaben test`); the published form leaves them out.
import { z } from "zod";
import { OUTCOMES } from "./enums";
import { nodeIdSchema } from "./ids";

const valueSchema = z.union([z.string(), z.number(), z.boolean()]);
const valuesSchema = z.record(z.string(), valueSchema);

/**
 * One thing to give when the call asks for it. Statements (and conditions) need nothing: the
 * runner says them and moves on, so the steps list only the customer's answers, the values the
 * agent types and the function keys' results.
 */
export const scenarioStepSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("answer"), answer: z.string().min(1).meta({ description: "An answer's id, or its label." }) }),
  z.strictObject({ type: z.literal("answers"), answers: z.array(z.string().min(1)).min(1).meta({ description: "Answers of a multi choice, by id or label." }) }),
  z.strictObject({ type: z.literal("input"), value: z.string().max(1000) }),
  z.strictObject({ type: z.literal("result"), result: z.enum(["ok", "error"]), outputs: valuesSchema.optional() }),
]);

export const scenarioExpectSchema = z.strictObject({
  exitId: nodeIdSchema.optional(),
  outcome: z.enum(OUTCOMES).optional(),
  path: z.array(nodeIdSchema).optional().meta({ description: "Every element the walk must pass, in order, the exit included." }),
  maxSeconds: z.number().positive().optional(),
});

/** A saved walk-through: who the customer is, what to answer and type, and what must come of it. */
export const scenarioSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  customer: valuesSchema,
  system: valuesSchema.optional().meta({ description: "System variables (agent name, company, ...)." }),
  steps: z.array(scenarioStepSchema).max(1000),
  expect: scenarioExpectSchema,
});

export type ScenarioStep = z.infer<typeof scenarioStepSchema>;
export type ScenarioExpect = z.infer<typeof scenarioExpectSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
