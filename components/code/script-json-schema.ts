// Attaches the committed JSON Schema of the script format to the JSON models of this page. Monaco's
// JSON settings are global, so we add our schema beside any others (never replacing them) and
// match it only to our own models' URIs.
import type * as Monaco from "monaco-editor";
import scriptSchema from "@/lib/script/script.schema.json";

const SCHEMA_URI = scriptSchema.$id;
const scriptModels = new Set<string>();

/** Returns the function that detaches it again (when the model goes away). */
export function attachScriptSchema(jsonDefaults: Monaco.json.LanguageServiceDefaults, modelUri: string): () => void {
  scriptModels.add(modelUri);
  update(jsonDefaults);
  return () => {
    scriptModels.delete(modelUri);
    update(jsonDefaults);
  };
}

function update(jsonDefaults: Monaco.json.LanguageServiceDefaults): void {
  const options = jsonDefaults.diagnosticsOptions;
  const others = (options.schemas ?? []).filter((s) => s.uri !== SCHEMA_URI);
  const ours = scriptModels.size > 0 ? [{ uri: SCHEMA_URI, fileMatch: [...scriptModels], schema: scriptSchema }] : [];
  jsonDefaults.setDiagnosticsOptions({ ...options, validate: true, schemas: [...others, ...ours] });
}
