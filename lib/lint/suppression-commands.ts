import type { ScriptDocument } from "../script/document";
import { updateNode } from "../script/commands/nodes";
import type { Suppression } from "../script/lint-settings";
import { textHash } from "./text-hash";

/**
 * Accepts a rule's findings on one element, with the reason and the words it was given for (a
 * change of words voids it). Replaces an earlier suppression of the same rule there.
 */
export function suppressRule(
  doc: ScriptDocument,
  args: { nodeId: string; ruleId: string; reason: string; by: string; at: string },
): ScriptDocument {
  const node = doc.nodes.find((n) => n.id === args.nodeId);
  if (!node || args.reason.trim() === "") return doc;
  const suppression: Suppression = { ruleId: args.ruleId, reason: args.reason.trim(), by: args.by, at: args.at, textHash: textHash(node) };
  const others = (node.suppressions ?? []).filter((s) => s.ruleId !== args.ruleId);
  return updateNode(doc, { node: { ...node, suppressions: [...others, suppression] } });
}

export function unsuppressRule(doc: ScriptDocument, args: { nodeId: string; ruleId: string }): ScriptDocument {
  const node = doc.nodes.find((n) => n.id === args.nodeId);
  if (!node?.suppressions?.some((s) => s.ruleId === args.ruleId)) return doc;
  const rest = node.suppressions.filter((s) => s.ruleId !== args.ruleId);
  const { suppressions: _gone, ...bare } = node;
  return updateNode(doc, { node: rest.length > 0 ? { ...node, suppressions: rest } : bare });
}
