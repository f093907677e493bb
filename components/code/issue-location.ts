// Where in the JSON text a validation issue points, so the issue list can move the cursor there.
import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
import type { ScriptIssue } from "@/lib/script/issues";

export type TextSpan = { offset: number; length: number };

// JSON.parse's rules: no comments, no trailing commas.
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * The span to select for an issue: the property it names, or the closest enclosing one that exists
 * (a missing required field points at the object that lacks it); for a syntax error, the first
 * place the parser stumbled. Null when nothing in the text matches.
 */
export function locateIssue(text: string, issue: Pick<ScriptIssue, "path" | "code" | "params">): TextSpan | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT);
  if (issue.code === "invalidJson") {
    const first = errors[0];
    return first ? { offset: Math.min(first.offset, text.length), length: first.length } : null;
  }
  if (!root) return null;
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, issue.path.slice(0, depth));
    if (!node) continue;
    if (issue.code === "unknownKeys" && node.type === "object") {
      const unknown = firstPropertyNamed(node, String(issue.params.keys ?? "").split(", "));
      if (unknown) return keyOf(unknown);
    }
    return spanOf(node);
  }
  return null;
}

/** A property's key rather than the whole (possibly huge) property; small values themselves. */
function spanOf(node: Node): TextSpan {
  if (node.parent?.type === "property") return keyOf(node.parent);
  if (node.type === "object" || node.type === "array") return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}

function keyOf(property: Node): TextSpan {
  const key = property.children?.[0];
  return key ? { offset: key.offset, length: key.length } : { offset: property.offset, length: 0 };
}

function firstPropertyNamed(object: Node, names: readonly string[]): Node | undefined {
  return object.children?.find((p) => p.type === "property" && names.includes(String(p.children?.[0]?.value)));
}
