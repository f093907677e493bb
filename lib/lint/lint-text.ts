import type { Family, Locale } from "../script/enums";
import type { ScriptNode } from "../script/nodes";
import { compileRules } from "./compile-rules";
import { compareFindings, type Finding } from "./finding";
import type { RulePack } from "./pack-schema";
import type { WorkspaceLintSettings } from "./workspace-settings";
import { nodeFacts } from "./node-facts";
import { runPhrases } from "./rules/phrases";
import { toFinding } from "./to-finding";

export type TextLintOptions = {
  locale: Locale;
  packs: readonly RulePack[];
  workspace?: WorkspaceLintSettings;
  family?: Family;
  messageLocale?: Locale;
};

/**
 * Copy without a script: the rules that judge one agent utterance on its own (banned words, tones,
 * honorifics, rewrites). Rules about a whole call (greeting, closing, timing) need a script.
 */
export function lintText(text: string, options: TextLintOptions): Finding[] {
  const { rules, speech } = compileRules(options.packs, options.workspace, { family: options.family ?? "custom", locale: options.locale, lint: undefined });
  const node: ScriptNode = { id: "line", kind: "statement", stageId: null, text };
  const facts = nodeFacts(node, options.locale, speech);
  const locale = options.messageLocale ?? options.locale;
  const findings: Finding[] = [];
  for (const active of rules) {
    if (!active.phrases || active.phrases.rule.stages) continue;
    for (const report of runPhrases(active.phrases, node, facts, undefined, locale)) findings.push(toFinding(active, report, locale));
  }
  return findings.sort(compareFindings);
}
