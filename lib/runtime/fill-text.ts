import { placeholdersIn } from "../script/text-variables";
import type { Value } from "./types";

/**
 * The text with each {{variable}} replaced by its value. A variable without a value (absent, or
 * blank text) keeps its placeholder exactly as written, e.g. `{{客户姓名}}`, so the agent sees
 * that something is missing rather than a silent gap. Numbers and yes/no are written with
 * `String()` (12.5, true); dates are ISO text already.
 */
export function fillText(text: string, variables: Readonly<Record<string, Value | undefined>>): string {
  return compileTemplate(text)(variables);
}

export type Template = (variables: Readonly<Record<string, Value | undefined>>) => string;

/** fillText for one text, its placeholders found once: the engine fills each element's words on every step. */
export function compileTemplate(text: string): Template {
  const placeholders = text.includes("{{") ? placeholdersIn(text) : [];
  if (placeholders.length === 0) return () => text;
  return (variables) => {
    let out = "";
    let from = 0;
    for (const { name, start, end } of placeholders) {
      const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (value === undefined || (typeof value === "string" && value.trim() === "")) continue;
      out += text.slice(from, start) + String(value);
      from = end;
    }
    return out + text.slice(from);
  };
}
