import { z } from "zod";
import { scriptDocumentSchema } from "./document";

export const SCRIPT_SCHEMA_ID = "urn:huaben:schema:script:v1";

/** The JSON Schema of the script format, generated from the zod schema: never written by hand. */
export function scriptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scriptDocumentSchema, { target: "draft-2020-12", io: "input" });
  return { ...schema, $id: SCRIPT_SCHEMA_ID };
}
