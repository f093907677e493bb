import type { ScriptNode } from "../script/nodes";
import type { ScriptIndex } from "./analysis/script-index";
import type { NodeFacts } from "./node-facts";

const SHORT = 14;

/** How a message names an element: its label, else the start of what it says, else its id. */
export function nameOf(node: ScriptNode, text: string): string {
  if (node.label?.trim()) return node.label.trim();
  const said = text.trim();
  if (said) return said.length > SHORT ? `${said.slice(0, SHORT)}…` : said;
  return node.kind === "exit" ? `${node.id} (${node.outcome})` : node.id;
}

/** "问候 → 报价 → … → 结束": long walks keep their first and last three steps. */
export function describeWalk(index: ScriptIndex, walk: readonly (number | string)[], facts: (i: number) => NodeFacts): string {
  const nameAt = (step: number | string) => {
    const i = typeof step === "number" ? step : (index.position.get(step) ?? -1);
    const node = index.nodes[i];
    return node ? nameOf(node, facts(i).text) : String(step);
  };
  // Only the steps shown are named: a whole call's walk can be a thousand elements long.
  const shown = walk.length > 7 ? [...walk.slice(0, 3).map(nameAt), "…", ...walk.slice(-3).map(nameAt)] : walk.map(nameAt);
  return shown.join(" → ");
}
