import type { ScriptDocument } from "../script/document";
import { buildGraph } from "../script/graph";
import type { Position } from "../script/commands/nodes";

export type Size = { width: number; height: number };
export const DEFAULT_NODE_SIZE: Size = { width: 260, height: 120 };

type ElkNode = { id: string; width: number; height: number; layoutOptions?: Record<string, string>; x?: number; y?: number };
type ElkGraph = { id: string; layoutOptions: Record<string, string>; children: ElkNode[]; edges: { id: string; sources: string[]; targets: string[] }[] };
export type LayoutEngine = { layout(graph: ElkGraph): Promise<{ children?: ElkNode[] }> };

/**
 * Which column band an element belongs to: its stage's place in reading order. An exit has no
 * stage, so it sits with the latest stage that leads to it.
 */
export function partitionsOf(doc: ScriptDocument): Map<string, number> {
  const order = new Map([...doc.stages].sort((a, b) => a.order - b.order).map((s, i) => [s.id, i]));
  const graph = buildGraph(doc);
  const parts = new Map<string, number>();
  for (const node of doc.nodes) {
    if (node.kind !== "exit") parts.set(node.id, node.stageId === null ? 0 : (order.get(node.stageId) ?? 0));
  }
  for (const node of doc.nodes) {
    if (node.kind !== "exit") continue;
    const from = graph.predecessors(node.id).map((p) => parts.get(p.from) ?? 0);
    parts.set(node.id, from.length > 0 ? Math.max(...from) : order.size - 1);
  }
  return parts;
}

/**
 * Positions for every element, left to right by stage (ELK's layered algorithm with one
 * partition per stage), following the flows inside each stage.
 */
export async function autoLayout(doc: ScriptDocument, sizes: ReadonlyMap<string, Size>, engine: LayoutEngine): Promise<Record<string, Position>> {
  const parts = partitionsOf(doc);
  const graph: ElkGraph = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      "elk.layered.spacing.nodeNodeBetweenLayers": "90",
      "elk.spacing.nodeNode": "40",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.edgeRouting": "ORTHOGONAL",
    },
    children: doc.nodes.map((n) => {
      const size = sizes.get(n.id) ?? DEFAULT_NODE_SIZE;
      return { id: n.id, width: size.width, height: size.height, layoutOptions: { "elk.partitioning.partition": String(parts.get(n.id) ?? 0) } };
    }),
    edges: doc.edges.map((e) => ({ id: `${e.from}:${e.port}`, sources: [e.from], targets: [e.to] })),
  };
  const result = await engine.layout(graph);
  return Object.fromEntries((result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
}
