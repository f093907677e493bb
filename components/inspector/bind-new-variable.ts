import { addVariable } from "@/lib/script/commands/variables";
import { updateNode } from "@/lib/script/commands/nodes";
import type { ScriptDocument } from "@/lib/script/document";
import type { InputNode } from "@/lib/script/nodes";
import type { Variable } from "@/lib/script/parts";

/**
 * Declares a variable and points a fill-in field at it, as one command so that one undo takes
 * back both. A name already in use changes nothing (the field must not silently rebind).
 */
export function addVariableAndBind(doc: ScriptDocument, args: { variable: Variable; nodeId: string }): ScriptDocument {
  const node = doc.nodes.find((n): n is InputNode => n.id === args.nodeId && n.kind === "input");
  if (!node) return doc;
  const declared = addVariable(doc, { variable: args.variable });
  if (declared === doc) return doc;
  return updateNode(declared, { node: { ...node, variable: args.variable.name } });
}
