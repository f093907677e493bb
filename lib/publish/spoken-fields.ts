import type { ScriptNode } from "../script/nodes";

/** Every piece of copy on an element, keyed by where it sits: "text", "label", "answers.<id>". */
export function spokenFields(node: ScriptNode): Record<string, string> {
  const fields: Record<string, string> = {};
  if (node.label) fields.label = node.label;
  if ("text" in node && node.text !== undefined) fields.text = node.text;
  if (node.kind === "choice") for (const answer of node.answers) fields[`answers.${answer.id}`] = answer.label;
  return fields;
}
