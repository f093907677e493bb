import { z } from "zod";
import { STAGE_ROLES, VARIABLE_SOURCES, VARIABLE_TYPES } from "./enums";
import { nodeIdSchema, portIdSchema, stageIdSchema, variableNameSchema } from "./ids";
import { ruleSetSchema } from "./condition";

export const stageSchema = z.strictObject({
  id: stageIdSchema,
  name: z.string().min(1).max(60),
  order: z.number().int().min(0).meta({ description: "Reading order of the stage in the call, unique." }),
  role: z.enum(STAGE_ROLES).optional().meta({ description: "What the stage is for; rules find stages by role." }),
  budgetSeconds: z
    .number()
    .positive()
    .max(3600)
    .nullable()
    .meta({ description: "Longest the stage may take on any path, in seconds; null for no budget." }),
});

export const variableSchema = z.strictObject({
  name: variableNameSchema,
  type: z.enum(VARIABLE_TYPES),
  label: z.string().max(60),
  source: z.enum(VARIABLE_SOURCES).meta({ description: "customer: from the customer record; input: filled in by the agent; system: set by the system." }),
  options: z.array(z.string().min(1).max(100)).min(1).optional().meta({ description: "Allowed values of an enum variable." }),
});

export const targetGroupSchema = z.strictObject({
  description: z.string().max(2000),
  criteria: ruleSetSchema.meta({ description: "Customer attributes that put a customer in the group." }),
  sample: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])))
    .max(200)
    .optional()
    .meta({ description: "Example customers of the group (customer variable -> value), for walk-throughs." }),
});

/** A flow from one output port of an element to another element. One edge per port. */
export const edgeSchema = z.strictObject({
  from: nodeIdSchema,
  port: portIdSchema,
  to: nodeIdSchema,
});

// Positions are editor data, kept apart from meaning so that copy diffs and the published JSON
// carry no coordinates.
export const layoutSchema = z.strictObject({
  positions: z.record(nodeIdSchema, z.strictObject({ x: z.number(), y: z.number() })),
});

export type Stage = z.infer<typeof stageSchema>;
export type Variable = z.infer<typeof variableSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type Edge = z.infer<typeof edgeSchema>;
export type Layout = z.infer<typeof layoutSchema>;
