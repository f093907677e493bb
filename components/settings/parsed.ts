// Why a field's input cannot go into the document. Pure data: the panel turns it into a sentence
// under the field (the `settings.errors` catalogue); the document itself is never touched.
export type SettingsErrorKey =
  | "blank"
  | "tooLong"
  | "notNumber"
  | "notPositive"
  | "tooBig"
  | "invalidVariableName"
  | "duplicateVariable"
  | "duplicateOption"
  | "optionsRequired";

export type SettingsError = { key: SettingsErrorKey; params?: Record<string, string | number> };

/** A field's input read as a document value, or why it cannot be. */
export type Parsed<V> = { ok: true; value: V } | { ok: false; error: SettingsError };

export const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
export const fail = <V = never>(key: SettingsErrorKey, params?: SettingsError["params"]): Parsed<V> => ({
  ok: false,
  error: params ? { key, params } : { key },
});
