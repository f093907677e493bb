// Attaches the rule-pack JSON Schema (generated from lib/lint's zod schema, as the server's
// /api/v1/schema/rule-pack.json is) to the pack editor's models. Like script-json-schema.ts it adds
// its schema beside any others in Monaco's global JSON settings and matches only its own models.
import type * as Monaco from "monaco-editor";
import { RULE_PACK_SCHEMA_ID, rulePackJsonSchema } from "@/lib/lint/pack-json-schema";

const packModels = new Set<string>();
let schema: Record<string, unknown> | null = null;

/** Returns the function that detaches it again (when the model goes away). */
export function attachPackSchema(jsonDefaults: Monaco.json.LanguageServiceDefaults, modelUri: string): () => void {
  packModels.add(modelUri);
  update(jsonDefaults);
  return () => {
    packModels.delete(modelUri);
    update(jsonDefaults);
  };
}

function update(jsonDefaults: Monaco.json.LanguageServiceDefaults): void {
  schema ??= rulePackJsonSchema();
  const options = jsonDefaults.diagnosticsOptions;
  const others = (options.schemas ?? []).filter((s) => s.uri !== RULE_PACK_SCHEMA_ID);
  const ours = packModels.size > 0 ? [{ uri: RULE_PACK_SCHEMA_ID, fileMatch: [...packModels], schema }] : [];
  jsonDefaults.setDiagnosticsOptions({ ...options, validate: true, schemas: [...others, ...ours] });
}
