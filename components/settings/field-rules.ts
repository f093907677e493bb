import { VARIABLE_NAME } from "@/lib/script/ids";
import { fail, ok, type Parsed } from "./parsed";

// The schema's limits (lib/script/document.ts, parts.ts), checked at the field so that invalid
// input never reaches the store.
export const LIMITS = { title: 120, stageName: 60, budgetSeconds: 3600, variableLabel: 60, option: 100, description: 2000 } as const;

/** Text that must not be blank (a title, a stage name). Kept as typed: trimming would fight the typist. */
export function parseRequiredText(text: string, max: number): Parsed<string> {
  if (!/\S/.test(text)) return fail("blank");
  if (text.length > max) return fail("tooLong", { limit: max });
  return ok(text);
}

export function parseOptionalText(text: string, max: number): Parsed<string> {
  return text.length > max ? fail("tooLong", { limit: max }) : ok(text);
}

/** A stage budget in seconds: empty means "no budget"; otherwise a positive number up to an hour. */
export function parseBudget(value: number | null): Parsed<number | null> {
  if (value === null) return ok(null);
  if (!Number.isFinite(value)) return fail("notNumber");
  if (value <= 0) return fail("notPositive");
  if (value > LIMITS.budgetSeconds) return fail("tooBig", { limit: LIMITS.budgetSeconds });
  return ok(value);
}

/** A variable name: an identifier usable as {{name}}, not taken by another variable. */
export function parseVariableName(text: string, others: readonly string[]): Parsed<string> {
  const name = text.trim();
  if (name === "") return fail("blank");
  if (!VARIABLE_NAME.test(name)) return fail("invalidVariableName");
  if (others.includes(name)) return fail("duplicateVariable", { name });
  return ok(name);
}

/** One more option of a list variable: not blank, not too long, not already in the list. */
export function parseOption(text: string, options: readonly string[]): Parsed<string> {
  const option = text.trim();
  if (option === "") return fail("blank");
  if (option.length > LIMITS.option) return fail("tooLong", { limit: LIMITS.option });
  if (options.includes(option)) return fail("duplicateOption", { value: option });
  return ok(option);
}

/** Items of a typed list: "a, b，c、d" → ["a", "b", "c", "d"]. Both Chinese and ASCII separators. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** The options of a new list variable, typed as one comma-separated line. */
export function parseOptionList(text: string): Parsed<string[]> {
  const items = splitList(text);
  if (items.length === 0) return fail("optionsRequired");
  const seen: string[] = [];
  for (const item of items) {
    const one = parseOption(item, seen);
    if (!one.ok) return one;
    seen.push(one.value);
  }
  return ok(seen);
}
