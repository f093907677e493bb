import type { Value } from "../runtime/types";
import type { ScriptDocument } from "../script/document";
import { rulesOf, type ConditionRule } from "../script/condition";
import type { InputType, Locale } from "../script/enums";
import type { Variable } from "../script/parts";

// Values the scenario generator tries, most natural first: what the script's own rules compare
// with (and its neighbours, so "≤ 100" and "> 100" both have a value), then a plain sample of
// the type. Fixed values, never random, so generated scenarios are the same every time.

const TEXT_SAMPLE: Record<Locale, string> = { "zh-CN": "测试", en: "Test" };
const DATE_SAMPLE = "2030-01-15";

/** Texts to type into an input field of this type, the first that passes its checks is used. */
export function inputSamples(type: InputType, variable: Variable | undefined, locale: Locale): string[] {
  switch (type) {
    case "text":
      return [TEXT_SAMPLE[locale], "12345678", "13800138000", "A1", "1"];
    case "number":
      return ["1", "0", "100", "12345678"];
    case "phone":
      return ["13800138000", "010-12345678", "01012345678", "+8613800138000", "+44 20 7946 0958"];
    case "date":
      return [DATE_SAMPLE];
    case "email":
      return ["test@example.com"];
    case "enum":
      return [...(variable?.options ?? [])];
  }
}

/** Every rule of the script (conditions and the target group), by the variable it reads. */
export function rulesByVariable(script: ScriptDocument): Map<string, ConditionRule[]> {
  const out = new Map<string, ConditionRule[]>();
  const add = (rule: ConditionRule) => {
    const list = out.get(rule.var);
    if (list) list.push(rule);
    else out.set(rule.var, [rule]);
  };
  rulesOf(script.targetGroup.criteria).forEach(add);
  for (const node of script.nodes) if (node.kind === "condition") rulesOf(node.rules).forEach(add);
  return out;
}

/** Typed values a variable could hold for the rules that read it; `undefined` (no value) last. */
export function valueCandidates(variable: Variable | undefined, rules: readonly ConditionRule[], locale: Locale): (Value | undefined)[] {
  const type = variable?.type ?? "text";
  const out: Value[] = [];
  const mentioned = rules.flatMap((r) => (r.value === undefined ? [] : Array.isArray(r.value) ? r.value : [r.value]));
  switch (type) {
    case "number":
      for (const v of mentioned) {
        const n = typeof v === "number" ? v : Number(v);
        if (Number.isFinite(n)) out.push(n, n + 1, n - 1);
      }
      out.push(0, 1, 100);
      break;
    case "boolean":
      out.push(true, false);
      break;
    case "enum":
      out.push(...(variable?.options ?? []));
      break;
    case "date":
      for (const v of mentioned) out.push(String(v), shiftDate(String(v), 1), shiftDate(String(v), -1));
      out.push(DATE_SAMPLE);
      break;
    default:
      for (const v of mentioned) out.push(String(v));
      out.push(type === "phone" ? "13800138000" : type === "email" ? "test@example.com" : TEXT_SAMPLE[locale]);
  }
  const candidates: (Value | undefined)[] = [...new Set(out.filter((v) => v !== ""))];
  candidates.push(undefined);
  return candidates;
}

/** A sample to show in the words when no rule cares what a customer or system variable holds. */
export function displaySample(variable: Variable, locale: Locale): Value {
  switch (variable.type) {
    case "number":
      return 100;
    case "boolean":
      return true;
    case "enum":
      return variable.options?.[0] ?? TEXT_SAMPLE[locale];
    case "date":
      return DATE_SAMPLE;
    case "phone":
      return "13800138000";
    case "email":
      return "test@example.com";
    case "text":
      return TEXT_SAMPLE[locale];
  }
}

function shiftDate(iso: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  // Calendar arithmetic only (UTC, no time zone, no clock).
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return date.toISOString().slice(0, 10);
}
