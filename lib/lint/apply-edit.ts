import type { ScriptDocument } from "../script/document";
import { updateNode } from "../script/commands/nodes";
import type { TextEdit } from "./finding";

/** Applies a fix or a chosen rewrite as an ordinary document command; a stale edit changes nothing. */
export function applyTextEdit(doc: ScriptDocument, edit: TextEdit): ScriptDocument {
  const node = doc.nodes.find((n) => n.id === edit.nodeId);
  if (!node || !("text" in node)) return doc;
  const text = node.text ?? "";
  if (edit.range.start < 0 || edit.range.end > text.length || edit.range.start > edit.range.end) return doc;
  const next = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
  return updateNode(doc, { node: { ...node, text: next } });
}

/** Applies every fix that does not overlap an earlier one (as ESLint does), in one step. */
export function applyFixes(doc: ScriptDocument, edits: readonly TextEdit[]): ScriptDocument {
  const byNode = new Map<string, TextEdit[]>();
  for (const e of edits) byNode.set(e.nodeId, [...(byNode.get(e.nodeId) ?? []), e]);
  let result = doc;
  for (const list of byNode.values()) {
    const chosen: TextEdit[] = [];
    for (const e of [...list].sort((a, b) => a.range.start - b.range.start)) {
      const last = chosen[chosen.length - 1];
      if (!last || last.range.end <= e.range.start) chosen.push(e);
    }
    // Right to left, so earlier ranges stay valid.
    for (const e of chosen.reverse()) result = applyTextEdit(result, e);
  }
  return result;
}
