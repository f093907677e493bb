import { z } from "zod";
import { FAMILIES, LOCALES, SCHEMA_VERSION } from "./enums";
import { NOT_BLANK, nodeIdSchema, scriptIdSchema } from "./ids";
import { scriptNodeSchema } from "./nodes";
import { edgeSchema, layoutSchema, stageSchema, targetGroupSchema, variableSchema } from "./parts";
import { checkReferences } from "./references";
import { scriptLintSettingsSchema } from "./lint-settings";
import { scenarioSchema } from "./scenario";

export const scriptDocumentShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: scriptIdSchema,
  title: z
    .string()
    .max(120)
    .regex(NOT_BLANK)
    .meta({ description: "The business function the script serves, e.g. 'Broadband upgrade outbound offer'." }),
  family: z.enum(FAMILIES),
  locale: z.enum(LOCALES),
  targetGroup: targetGroupSchema,
  stages: z.array(stageSchema).min(1),
  variables: z.array(variableSchema),
  entry: nodeIdSchema.meta({ description: "The one element every call starts at." }),
  nodes: z.array(scriptNodeSchema).min(1),
  edges: z.array(edgeSchema),
  layout: layoutSchema,
  scenarios: z.array(scenarioSchema).max(500).optional().meta({ description: "Saved walk-throughs that test this script." }),
  lint: scriptLintSettingsSchema.optional().meta({ description: "This script's own lint rule overrides and speaking rates." }),
});

/** THE script document: structure first, then the references between its parts. */
export const scriptDocumentSchema = scriptDocumentShape.superRefine(checkReferences).meta({
  title: "Huaben call script",
  description: "A call-centre agent script: one entry, elements joined by flows, many exits.",
});

export type ScriptDocument = z.infer<typeof scriptDocumentShape>;
