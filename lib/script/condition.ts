import { z } from "zod";
import { CONDITION_OPS, LIST_OPS, VALUELESS_OPS } from "./enums";
import { variableNameSchema } from "./ids";

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/** One comparison of a variable with a value. Data, never code, so any runtime can evaluate it. */
export const conditionRuleSchema = z
  .strictObject({
    var: variableNameSchema,
    op: z.enum(CONDITION_OPS),
    value: z.union([scalarSchema, z.array(scalarSchema)]).optional(),
  })
  .superRefine((rule, ctx) => {
    const hasValue = rule.value !== undefined;
    if (VALUELESS_OPS.includes(rule.op)) {
      if (hasValue) ctx.addIssue({ code: "custom", path: ["value"], params: { key: "valueNotAllowed", op: rule.op } });
    } else if (LIST_OPS.includes(rule.op)) {
      if (!Array.isArray(rule.value)) ctx.addIssue({ code: "custom", path: ["value"], params: { key: "valueListRequired", op: rule.op } });
    } else if (!hasValue || Array.isArray(rule.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], params: { key: "valueScalarRequired", op: rule.op } });
    }
  });

/** `{ all: [...] }` holds when every rule does; `{ any: [...] }` when at least one does. */
export const ruleSetSchema = z.union([
  z.strictObject({ all: z.array(conditionRuleSchema) }),
  z.strictObject({ any: z.array(conditionRuleSchema) }),
]);

export type ConditionRule = z.infer<typeof conditionRuleSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;

export function rulesOf(set: RuleSet): ConditionRule[] {
  return "all" in set ? set.all : set.any;
}
