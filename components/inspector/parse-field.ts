import { ACTION_KEY, NOT_BLANK, PARAMETER_NAME, VARIABLE_NAME } from "@/lib/script/ids";
import { LIST_SEPARATOR } from "@/lib/script/rule-values";
import { fail, ok, type Parsed } from "./field-error";

// Readers of what the designer typed, mirroring the schema's rules so that only text the schema
// accepts is dispatched (the store's document always stays valid).

/** Free text with a length limit; blank means "leave the optional field out". */
export function parseOptionalText(text: string, max: number): Parsed<string | undefined> {
  if (text.length > max) return fail({ code: "tooLong", limit: max });
  return ok(NOT_BLANK.test(text) ? text : undefined);
}

/** Free text with a length limit that may be empty (spoken text of a statement or a choice). */
export function parseText(text: string, max: number): Parsed<string> {
  return text.length > max ? fail({ code: "tooLong", limit: max }) : ok(text);
}

/** Text that must say something (an answer's label). */
export function parseRequiredText(text: string, max: number): Parsed<string> {
  if (!NOT_BLANK.test(text)) return fail({ code: "blank" });
  return parseText(text, max);
}

/** A number of seconds in [0, max]; an empty box (null) is refused. */
export function parseSeconds(value: number | null, max: number): Parsed<number> {
  if (value === null) return fail({ code: "required" });
  if (!Number.isFinite(value)) return fail({ code: "notNumber" });
  if (value < 0) return fail({ code: "tooSmall", limit: 0 });
  if (value > max) return fail({ code: "tooBig", limit: max });
  return ok(value);
}

/** Seconds that may be left empty (undefined: the workspace default applies). */
export function parseOptionalSeconds(value: number | null, max: number): Parsed<number | undefined> {
  return value === null ? ok(undefined) : parseSeconds(value, max);
}

/** A regular expression as the schema checks it (with the `u` flag); empty means no pattern. */
export function parsePattern(text: string): Parsed<string | undefined> {
  if (text === "") return ok(undefined);
  if (text.length > 500) return fail({ code: "tooLong", limit: 500 });
  try {
    new RegExp(text, "u");
    return ok(text);
  } catch {
    return fail({ code: "invalidPattern" });
  }
}

export function parseVariableName(text: string, taken: readonly string[]): Parsed<string> {
  const name = text.trim();
  if (name === "") return fail({ code: "blank" });
  if (!VARIABLE_NAME.test(name)) return fail({ code: "invalidVariableName" });
  if (taken.includes(name)) return fail({ code: "duplicateVariable", value: name });
  return ok(name);
}

export function parseActionKey(text: string): Parsed<string> {
  const key = text.trim();
  if (key === "") return fail({ code: "blank" });
  return ACTION_KEY.test(key) ? ok(key) : fail({ code: "invalidActionKey" });
}

export function parseParameterName(text: string, others: readonly string[]): Parsed<string> {
  const name = text.trim();
  if (name === "") return fail({ code: "blank" });
  if (!PARAMETER_NAME.test(name)) return fail({ code: "invalidParameterName" });
  if (others.includes(name)) return fail({ code: "duplicateParameter", value: name });
  return ok(name);
}

/** The options of a new "one of a list" variable, comma-separated: at least one, none too long. */
export function parseOptions(text: string): Parsed<string[]> {
  const options = [...new Set(text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== ""))];
  if (options.length === 0) return fail({ code: "required" });
  if (options.some((o) => o.length > 100)) return fail({ code: "tooLong", limit: 100 });
  return ok(options);
}
