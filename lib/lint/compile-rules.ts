import type { ScriptDocument } from "../script/document";
import type { RuleSetting, RuleSettings } from "../script/lint-settings";
import { resolveSpeech, speechOverridesSchema, type SpeechSettings } from "../speech/settings";
import type { Severity } from "./finding";
import type { Rule, RulePack } from "./pack-schema";
import { CHECKS } from "./checks/registry";
import type { CheckDefinition } from "./checks/check-context";
import { compilePhrasesRule, type CompiledPhrasesRule } from "./rules/phrases";
import { compileRequiredRule, type CompiledRequiredRule } from "./rules/required";
import type { WorkspaceLintSettings } from "./workspace-settings";

export type ActiveRule = {
  rule: Rule;
  packId: string;
  severity: Severity;
  /** Whether a settings layer chose the severity; then it overrides per-entry severities too. */
  severityChosen: boolean;
  phrases?: CompiledPhrasesRule;
  required?: CompiledRequiredRule;
  check?: { definition: CheckDefinition<unknown>; options: unknown };
};

export type CompiledRules = { rules: ActiveRule[]; speech: SpeechSettings };

/**
 * The cascade: built-in and custom packs -> workspace -> the script's family -> the script. A rule
 * applies when its pack's language is the script's and its families include the script's family.
 */
export function compileRules(
  packs: readonly RulePack[],
  workspace: WorkspaceLintSettings | undefined,
  doc: Pick<ScriptDocument, "family" | "locale" | "lint">,
): CompiledRules {
  const family = workspace?.families?.[doc.family];
  const layers = [workspace?.rules, family?.rules, doc.lint?.rules];
  const disabled = new Set(workspace?.disabledPacks ?? []);
  const rules: ActiveRule[] = [];
  for (const pack of packs) {
    if (disabled.has(pack.id) || (pack.locale && pack.locale !== doc.locale)) continue;
    for (const rule of pack.rules) {
      if (rule.families && !rule.families.includes(doc.family)) continue;
      const { level, chosen, options } = cascade(rule, layers);
      if (level === "off") continue;
      rules.push({ rule, packId: pack.id, severity: level, severityChosen: chosen, ...compiled(rule, options) });
    }
  }
  const scriptSpeech = speechOverridesSchema.safeParse(doc.lint?.speech ?? {});
  const speech = resolveSpeech(workspace?.speech, family?.speech, scriptSpeech.success ? scriptSpeech.data : undefined);
  return { rules, speech };
}

function cascade(rule: Rule, layers: (RuleSettings | undefined)[]) {
  let level: Severity | "off" = rule.severity;
  let chosen = false;
  let options: Record<string, unknown> = rule.kind === "check" ? { ...(rule.options ?? {}) } : {};
  for (const layer of layers) {
    const setting: RuleSetting | undefined = layer?.[rule.id];
    if (setting === undefined) continue;
    const severity = typeof setting === "string" ? setting : setting.severity;
    if (severity !== undefined) {
      level = severity;
      chosen = true;
    }
    if (typeof setting !== "string" && setting.options) options = { ...options, ...setting.options };
  }
  return { level, chosen, options };
}

function compiled(rule: Rule, options: Record<string, unknown>): Pick<ActiveRule, "phrases" | "required" | "check"> {
  switch (rule.kind) {
    case "phrases":
      return { phrases: compilePhrasesRule(rule) };
    case "required":
      return { required: compileRequiredRule(rule) };
    case "check": {
      const definition = CHECKS[rule.check] as CheckDefinition<unknown>;
      // Options that do not fit the check fall back to its defaults rather than breaking the lint.
      const parsed = definition.options.safeParse(options);
      return { check: { definition, options: parsed.success ? parsed.data : definition.options.parse({}) } };
    }
  }
}
