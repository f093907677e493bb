import type { ScriptDocument } from "./document";
import type { Edge } from "./parts";
import type { ScriptNode } from "./nodes";
import { portsOf } from "./ports";

export type Link = { port: string; to: string };
export type BackLink = { from: string; port: string };

/** An index over a document's flows, built once and queried many times. */
export type ScriptGraph = {
  node(id: string): ScriptNode | undefined;
  /** The flows leaving an element, in port order (answers in their listed order). */
  successors(id: string): Link[];
  predecessors(id: string): BackLink[];
};

export function buildGraph(doc: Pick<ScriptDocument, "nodes" | "edges">): ScriptGraph {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Edge[]>();
  const into = new Map<string, BackLink[]>();
  for (const edge of doc.edges) {
    pushTo(out, edge.from, edge);
    pushTo(into, edge.to, { from: edge.from, port: edge.port });
  }
  return {
    node: (id) => nodes.get(id),
    successors(id) {
      const node = nodes.get(id);
      const edges = out.get(id) ?? [];
      if (!node) return [];
      return portsOf(node).flatMap((port) =>
        edges.filter((e) => e.port === port).map((e) => ({ port, to: e.to })),
      );
    },
    predecessors: (id) => into.get(id) ?? [],
  };
}

/** Every element a call can get to from `start` (the entry by default), `start` included. */
export function reachableFrom(doc: Pick<ScriptDocument, "nodes" | "edges" | "entry">, start = doc.entry): Set<string> {
  const graph = buildGraph(doc);
  const seen = new Set<string>();
  if (!graph.node(start)) return seen;
  const queue = [start];
  seen.add(start);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const { to } of graph.successors(id)) {
      if (!seen.has(to) && graph.node(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Ports of an element that no flow leaves from. */
export function unconnectedPorts(doc: Pick<ScriptDocument, "nodes" | "edges">, nodeId: string): string[] {
  const node = doc.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  const used = new Set(doc.edges.filter((e) => e.from === nodeId).map((e) => e.port));
  return portsOf(node).filter((p) => !used.has(p));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
