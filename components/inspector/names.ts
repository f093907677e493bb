import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";

/** How an element is named to the designer: its short name, else its id. */
export function nameOf(node: Pick<ScriptNode, "id" | "label">): string {
  return node.label?.trim() || node.id;
}

/** The element a flow from `nodeId`'s output `port` leads to, if any. */
export function targetOf(doc: Pick<ScriptDocument, "edges" | "nodes">, nodeId: string, port: string): ScriptNode | undefined {
  const edge = doc.edges.find((e) => e.from === nodeId && e.port === port);
  return edge ? doc.nodes.find((n) => n.id === edge.to) : undefined;
}
