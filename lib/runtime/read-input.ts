import type { InputNode } from "../script/nodes";
import type { Variable } from "../script/parts";
import { parseScalar } from "../script/rule-values";
import { isEmail, isIsoDate, isPhone } from "./formats";
import type { InvalidReason, Value } from "./types";

export type ReadInput =
  | { ok: true; value: Value | null }
  | { ok: false; reason: InvalidReason; options?: string[]; pattern?: string };

/**
 * What an input field stores for the text typed into it. The text is trimmed; blank is an error
 * when the field is required and "no value" (null) when it is not. Then the field's input type
 * (a number is stored as a number, everything else as the trimmed text), then its pattern (with
 * the `u` flag, tested on the trimmed text). `pattern` is the compiled pattern, null when there is
 * none or it does not compile (the schema refuses such patterns).
 */
export function readInput(node: InputNode, variable: Variable | undefined, typed: string, pattern: RegExp | null): ReadInput {
  const text = typeof typed === "string" ? typed.trim() : "";
  if (text === "") return node.required ? { ok: false, reason: "required" } : { ok: true, value: null };
  const value = typedValue(node, variable, text);
  if (!value.ok) return value;
  if (pattern && !pattern.test(text)) return { ok: false, reason: "patternMismatch", pattern: node.pattern };
  return value;
}

function typedValue(node: InputNode, variable: Variable | undefined, text: string): ReadInput {
  switch (node.inputType) {
    case "text":
      return { ok: true, value: text };
    case "number": {
      const parsed = parseScalar(text, { name: node.variable, type: "number" });
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: "notNumber" };
    }
    case "phone":
      return isPhone(text) ? { ok: true, value: text } : { ok: false, reason: "notPhone" };
    case "date":
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, reason: "notDate" };
    case "email":
      return isEmail(text) ? { ok: true, value: text } : { ok: false, reason: "notEmail" };
    case "enum": {
      const options = variable?.options ?? [];
      const parsed = parseScalar(text, { name: node.variable, type: "enum", options });
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: "notOption", options: [...options] };
    }
  }
}
