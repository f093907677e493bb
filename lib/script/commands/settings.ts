import type { ScriptDocument } from "../document";

export type Settings = Pick<ScriptDocument, "title" | "family" | "locale" | "targetGroup">;

export function updateSettings(doc: ScriptDocument, args: { changes: Partial<Settings> }): ScriptDocument {
  return { ...doc, ...args.changes };
}

/** The JSON view's "apply": the whole document at once (validated by the caller). */
export function replaceDocument(_doc: ScriptDocument, args: { document: ScriptDocument }): ScriptDocument {
  return args.document;
}
