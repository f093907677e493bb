import type { ElementKind } from "./enums";
import type { NodeOfKind, ScriptNode } from "./nodes";

// Exhaustive by kind: a new element kind does not compile until it declares its outputs.
const PORTS: { [K in ElementKind]: (node: NodeOfKind<K>) => string[] } = {
  statement: () => ["next"],
  choice: (node) => node.answers.map((answer) => answer.id),
  input: () => ["next"],
  action: () => ["ok", "error"],
  condition: () => ["true", "false"],
  exit: () => [],
};

/** The output ports of an element, in the order they are drawn and walked. */
export function portsOf(node: ScriptNode): string[] {
  return (PORTS[node.kind] as (n: ScriptNode) => string[])(node);
}
