import type { ScriptDocument } from "../../script/document";
import type { ScriptNode } from "../../script/nodes";
import type { Stage } from "../../script/parts";
import { portsOf } from "../../script/ports";

/**
 * The graph facts every check needs, computed once per lint run in a few linear passes: flows by
 * position, what the entry reaches (with a shortest way there), what can still reach an exit, and
 * a topological order in which the flows that close a loop are set aside, so longest-path
 * questions have answers (each loop is walked once).
 */
export type ScriptIndex = {
  doc: ScriptDocument;
  nodes: readonly ScriptNode[];
  position: ReadonlyMap<string, number>;
  /** Per node, its flows in port order: target position and port; ports without a flow are absent. */
  out: readonly { to: number; port: string; back: boolean }[][];
  into: readonly number[][];
  entry: number;
  reachable: Uint8Array;
  /** The node before each reachable node on a shortest walk from the entry (-1 at the entry). */
  parent: Int32Array;
  reachesExit: Uint8Array;
  /** Reachable nodes, each after every node with a (non-loop-closing) flow into it. */
  topo: readonly number[];
  stages: readonly Stage[];
  /** The stage an element's words count in: its own; an exit's closing words count in the last stage. */
  stageOf: (i: number) => Stage | undefined;
  /** stageOf(i)?.id for every element, ready for the walk analyses. */
  stageIds: readonly (string | undefined)[];
  /** The same as small numbers (one per stage id, -1 for none), so walks compare numbers, not strings. */
  stageNos: Int32Array;
};

export function indexScript(doc: ScriptDocument): ScriptIndex {
  const nodes = doc.nodes;
  const count = nodes.length;
  const position = new Map<string, number>();
  for (let i = 0; i < count; i++) position.set(nodes[i]!.id, i);
  // Flows by source id, one per port (a later flow from the same port wins). Grouping by id rather
  // than keying a map by "id + port" avoids building (and hashing) a string per flow.
  const byFrom = new Map<string, { port: string; to: number }[]>();
  for (const e of doc.edges) {
    const to = position.get(e.to);
    if (to === undefined) continue;
    const list = byFrom.get(e.from);
    const same = list?.find((f) => f.port === e.port);
    if (same) same.to = to;
    else if (list) list.push({ port: e.port, to });
    else byFrom.set(e.from, [{ port: e.port, to }]);
  }
  const out: { to: number; port: string; back: boolean }[][] = [];
  const into: number[][] = [];
  for (let i = 0; i < count; i++) into.push([]);
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    const flows = byFrom.get(node.id);
    const links: { to: number; port: string; back: boolean }[] = [];
    if (flows) {
      for (const port of portsOf(node)) {
        const flow = flows.find((f) => f.port === port);
        if (flow === undefined) continue;
        links.push({ to: flow.to, port, back: false });
        into[flow.to]?.push(i);
      }
    }
    out.push(links);
  }

  const entry = position.get(doc.entry) ?? -1;
  const reachable = new Uint8Array(count);
  const parent = new Int32Array(count).fill(-1);
  if (entry >= 0) {
    reachable[entry] = 1;
    const queue = [entry];
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q] as number;
      for (const { to } of out[at] ?? []) {
        if (reachable[to]) continue;
        reachable[to] = 1;
        parent[to] = at;
        queue.push(to);
      }
    }
  }

  const reachesExit = new Uint8Array(count);
  const back: number[] = [];
  nodes.forEach((n, i) => {
    if (n.kind === "exit") {
      reachesExit[i] = 1;
      back.push(i);
    }
  });
  for (let q = 0; q < back.length; q++) {
    for (const from of into[back[q] as number] ?? []) {
      if (!reachesExit[from]) {
        reachesExit[from] = 1;
        back.push(from);
      }
    }
  }

  const topo = entry >= 0 ? topologicalOrder(entry, out, count) : [];
  const sorted = [...doc.stages].sort((a, b) => a.order - b.order);
  const stageById = new Map(doc.stages.map((s) => [s.id, s]));
  const last = sorted[sorted.length - 1];
  // Looked up once per element here: the walk analyses ask for stages many times per element.
  const stageAt: (Stage | undefined)[] = [];
  for (const node of nodes) stageAt.push(node.kind === "exit" ? last : node.stageId === null ? undefined : stageById.get(node.stageId));
  const stageOf = (i: number) => stageAt[i];
  const stageIds = stageAt.map((s) => s?.id);
  const numbers = new Map(sorted.map((s, k) => [s.id, k]));
  const stageNos = new Int32Array(count);
  for (let i = 0; i < count; i++) stageNos[i] = numbers.get(stageIds[i] as string) ?? -1;
  return { doc, nodes, position, out, into, entry, reachable, parent, reachesExit, topo, stages: sorted, stageOf, stageIds, stageNos };
}

// Iterative depth-first search: a flow into a node still on the stack closes a loop and is marked
// `back`; reversed post-order of the rest is a topological order.
function topologicalOrder(entry: number, out: { to: number; back: boolean }[][], count: number): number[] {
  const state = new Uint8Array(count);
  const post: number[] = [];
  const stack: [number, number][] = [[entry, 0]];
  state[entry] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as [number, number];
    const [at, next] = top;
    const links = out[at] ?? [];
    if (next < links.length) {
      top[1] = next + 1;
      const link = links[next] as { to: number; back: boolean };
      if (state[link.to] === 1) link.back = true;
      else if (state[link.to] === 0) {
        state[link.to] = 1;
        stack.push([link.to, 0]);
      }
    } else {
      state[at] = 2;
      post.push(at);
      stack.pop();
    }
  }
  return post.reverse();
}

/** Node ids of the shortest walk from the entry to `target`. */
export function walkTo(index: ScriptIndex, target: number): string[] {
  const ids: string[] = [];
  for (let at = target; at >= 0; at = index.parent[at] ?? -1) {
    ids.push(index.nodes[at]?.id ?? "");
    if (at === index.entry) break;
  }
  return ids.reverse();
}
