import type { ScriptDocument } from "../document";
import type { ScriptNode } from "../nodes";
import type { Edge, Variable } from "../parts";
import { rulesOf } from "../condition";
import { placeholdersIn } from "../text-variables";
import type { Position } from "./nodes";

/**
 * What a copy carries: the elements, the flows between them, where they were, and the
 * definitions of the variables they use, so that pasting into another script keeps it valid.
 */
export type Fragment = { nodes: ScriptNode[]; edges: Edge[]; positions: Record<string, Position>; variables: Variable[] };

export function copyFragment(doc: ScriptDocument, ids: readonly string[]): Fragment {
  const chosen = new Set(ids);
  const nodes = doc.nodes.filter((n) => chosen.has(n.id));
  const used = new Set(nodes.flatMap(variablesUsedBy));
  return {
    nodes,
    edges: doc.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to)),
    positions: Object.fromEntries(
      nodes.flatMap((n) => {
        const at = doc.layout.positions[n.id];
        return at ? [[n.id, at] as const] : [];
      }),
    ),
    variables: doc.variables.filter((v) => used.has(v.name)),
  };
}

/** New ids for the fragment's elements that clash with nothing in the document: greet → greet-2. */
export function planPasteIds(doc: ScriptDocument, fragment: Fragment): Record<string, string> {
  const taken = new Set(doc.nodes.map((n) => n.id));
  const plan: Record<string, string> = {};
  for (const node of fragment.nodes) {
    const base = node.id.replace(/-\d+$/, "").slice(0, 58);
    let n = 2;
    let id = taken.has(node.id) ? `${base}-${n}` : node.id;
    while (taken.has(id)) id = `${base}-${++n}`;
    taken.add(id);
    plan[node.id] = id;
  }
  return plan;
}

/**
 * Pastes a fragment under the planned ids, shifted by `offset`. Flows inside the fragment are
 * kept; stages the document lacks become "no stage"; missing variables are added.
 */
export function pasteFragment(
  doc: ScriptDocument,
  args: { fragment: Fragment; ids: Record<string, string>; offset: Position },
): ScriptDocument {
  const { fragment, ids, offset } = args;
  const stages = new Set(doc.stages.map((s) => s.id));
  const nodes = fragment.nodes.map((node): ScriptNode => {
    const id = ids[node.id] ?? node.id;
    if (node.kind === "exit") return { ...node, id };
    return { ...node, id, stageId: node.stageId !== null && stages.has(node.stageId) ? node.stageId : null };
  });
  const edges = fragment.edges.map((e) => ({ from: ids[e.from] ?? e.from, port: e.port, to: ids[e.to] ?? e.to }));
  const positions = Object.fromEntries(
    Object.entries(fragment.positions).map(([id, p]) => [ids[id] ?? id, { x: p.x + offset.x, y: p.y + offset.y }]),
  );
  const known = new Set(doc.variables.map((v) => v.name));
  return {
    ...doc,
    variables: [...doc.variables, ...fragment.variables.filter((v) => !known.has(v.name))],
    nodes: [...doc.nodes, ...nodes],
    edges: [...doc.edges, ...edges],
    layout: { positions: { ...doc.layout.positions, ...positions } },
  };
}

/** Every variable an element reads or writes: in its spoken text, its data rules, its fields. */
export function variablesUsedBy(node: ScriptNode): string[] {
  const fromText = (text: string | undefined) => placeholdersIn(text ?? "").map((p) => p.name);
  switch (node.kind) {
    case "statement":
    case "choice":
    case "exit":
      return fromText(node.text);
    case "input":
      return [...fromText(node.text), node.variable];
    case "action":
      return [...fromText(node.text), ...Object.values(node.parameters).flatMap(fromText), ...(node.outputs ?? [])];
    case "condition":
      return rulesOf(node.rules).map((r) => r.var);
  }
}
