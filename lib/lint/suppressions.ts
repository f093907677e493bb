import type { ScriptDocument } from "../script/document";
import type { Locale } from "../script/enums";
import type { Finding } from "./finding";
import type { ActiveRule } from "./compile-rules";
import { textHash } from "./text-hash";
import { toFinding } from "./to-finding";

/**
 * Drops the findings a designer accepted on an element, and reports the suppressions that no
 * longer do anything (nothing left to suppress) or whose words changed since (a stale one stops
 * suppressing: the reason was given for other words).
 */
export function applySuppressions(
  doc: ScriptDocument,
  findings: Finding[],
  rules: readonly ActiveRule[],
  locale: Locale,
): Finding[] {
  const unusedRule = rules.find((r) => r.rule.kind === "check" && r.rule.check === "unused-suppression");
  const staleRule = rules.find((r) => r.rule.kind === "check" && r.rule.check === "stale-suppression");
  const dropped = new Set<Finding>();
  const extra: Finding[] = [];
  for (const node of doc.nodes) {
    if (!node.suppressions?.length) continue;
    const hash = textHash(node);
    for (const s of node.suppressions) {
      const params = { node: node.label ?? node.id, rule: s.ruleId, reason: s.reason };
      if (s.textHash !== undefined && s.textHash !== hash) {
        if (staleRule) extra.push(toFinding(staleRule, { nodeId: node.id, params }, locale));
        continue;
      }
      const matched = findings.filter((f) => f.nodeId === node.id && f.ruleId === s.ruleId);
      matched.forEach((f) => dropped.add(f));
      if (matched.length === 0 && unusedRule) extra.push(toFinding(unusedRule, { nodeId: node.id, params }, locale));
    }
  }
  return findings.filter((f) => !dropped.has(f)).concat(extra);
}
