import { z } from "zod";
import { FAMILIES } from "../script/enums";
import { ruleSettingsSchema } from "../script/lint-settings";
import { speechOverridesSchema } from "../speech/settings";

const layerSchema = z.strictObject({
  rules: ruleSettingsSchema.optional(),
  speech: speechOverridesSchema.optional(),
});

/**
 * The workspace's lint settings: the layers between the built-in packs and a script's own
 * overrides. Later layers win; a severity alone keeps the options from below.
 */
export const workspaceLintSettingsSchema = z.strictObject({
  ...layerSchema.shape,
  families: z.partialRecord(z.enum(FAMILIES), layerSchema).optional(),
  disabledPacks: z.array(z.string()).optional(),
});
export type WorkspaceLintSettings = z.infer<typeof workspaceLintSettingsSchema>;
