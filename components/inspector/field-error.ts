// Why a field's text cannot go into the document. Pure data: the panel turns it into a sentence
// in the reader's language (describe-error.ts), most of them with the schema's own messages.
export type FieldError =
  | { code: "required" | "blank" | "invalidPattern" | "invalidVariableName" | "invalidActionKey" | "invalidParameterName" | "notNumber" }
  | { code: "tooLong" | "tooSmall" | "tooBig"; limit: number }
  | { code: "duplicateVariable" | "duplicateParameter"; value: string };

/** A field's text read as a document value, or why it cannot be. */
export type Parsed<V> = { ok: true; value: V } | { ok: false; error: FieldError };

export const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
export const fail = <V = never>(error: FieldError): Parsed<V> => ({ ok: false, error });
