import { z } from "zod";
import { rulePackSchema } from "./pack-schema";

export const RULE_PACK_SCHEMA_ID = "urn:huaben:schema:rule-pack:v1";

/**
 * The JSON Schema of a rule pack, generated from the zod schema (never written by hand) with the
 * same options as the script format's. Refinements (a regex that compiles, unique rule ids, one of
 * phrase and pattern) have no JSON Schema form: the server checks them when a pack is saved.
 */
export function rulePackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rulePackSchema, { target: "draft-2020-12", io: "input" });
  return { ...schema, $id: RULE_PACK_SCHEMA_ID };
}
