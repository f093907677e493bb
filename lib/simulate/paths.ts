import type { ScriptDocument } from "../script/document";
import type { Outcome } from "../script/enums";
import { programFor, type Program } from "../runtime/program";
import type { ScriptNode } from "../script/nodes";
import { portsOf } from "../script/ports";
import type { SpeechSettings } from "../speech/settings";
import { edgeId } from "./edge-id";

/** One walk from the entry to an exit. */
export type ScriptPath = {
  exitId: string;
  outcome: Outcome;
  nodeIds: string[];
  /** The flows walked, as edge ids (`edgeId`): `edges[i]` leaves `nodeIds[i]`. */
  edges: string[];
  /** The same sums, in the same order, as the engine's clock for this walk. */
  seconds: number;
  stageSeconds: Record<string, number>;
};

export type PathOptions = {
  /** How many extra times a walk may pass the same element (so take a loop). Default 1. */
  maxLoops?: number;
  /** At most this many paths; `truncated` says that there were more. Default 100,000. */
  limit?: number;
  speech?: SpeechSettings;
};

export type PathList = { paths: ScriptPath[]; truncated: boolean };

/** The script as flat arrays: element i's flows are out[start[i] .. start[i+1]). */
type Compact = {
  ids: string[];
  exit: Uint8Array;
  outcome: (Outcome | null)[];
  seconds: Float64Array;
  stage: Int32Array;
  start: Int32Array;
  to: Int32Array;
  edge: string[];
};

/**
 * Every walk from the entry to an exit, each element passed at most 1 + maxLoops times; both
 * branches of a condition count as possible unless its rules decide it alone (an empty `all`
 * always holds, an empty `any` never does). Walks that end at a port without a flow are not
 * paths. Sorted longest first (ties in walk order: ports in their drawn order).
 *
 * An iterative depth-first search over flat arrays: the walk so far is one shared stack, and
 * arrays are allocated only for the paths it emits.
 */
export function enumeratePaths(script: ScriptDocument, options: PathOptions = {}): PathList {
  const maxLoops = Math.max(0, Math.floor(options.maxLoops ?? 1));
  const limit = Math.max(0, Math.floor(options.limit ?? 100_000));
  const program = programFor(script, options.speech);
  const c = compact(script, program);
  const entry = c.ids.indexOf(script.entry);
  const paths: ScriptPath[] = [];
  if (entry < 0) return { paths, truncated: false };

  const n = c.ids.length;
  const maxDepth = n * (maxLoops + 1) + 1;
  const stack = new Int32Array(maxDepth); // the elements of the walk so far
  const via = new Int32Array(maxDepth); // the flow (index into c.to) that entered stack[d]
  const next = new Int32Array(maxDepth); // the next flow to try from stack[d]
  const visits = new Uint16Array(n);
  const stageIds = program.stageIds;
  const stageSums = new Float64Array(stageIds.length);
  let truncated = false;

  let depth = 0;
  stack[0] = entry;
  next[0] = c.start[entry]!;
  visits[entry] = 1;
  while (depth >= 0) {
    const at = stack[depth]!;
    if (c.exit[at]) {
      if (paths.length === limit) {
        truncated = true;
        break;
      }
      paths.push(emit(c, stack, via, depth, stageIds, stageSums));
    } else {
      const k = next[depth]!;
      if (k < c.start[at + 1]!) {
        next[depth] = k + 1;
        const to = c.to[k]!;
        if (to >= 0 && visits[to]! <= maxLoops) {
          visits[to]!++;
          depth++;
          stack[depth] = to;
          via[depth] = k;
          next[depth] = c.start[to]!;
        }
        continue;
      }
    }
    visits[at]!--;
    depth--;
  }
  paths.sort((a, b) => b.seconds - a.seconds);
  return { paths, truncated };
}

function emit(c: Compact, stack: Int32Array, via: Int32Array, depth: number, stageIds: readonly string[], sums: Float64Array): ScriptPath {
  const nodeIds = new Array<string>(depth + 1);
  const edges = new Array<string>(depth);
  sums.fill(0);
  let seconds = 0;
  for (let d = 0; d <= depth; d++) {
    const i = stack[d]!;
    nodeIds[d] = c.ids[i]!;
    if (d > 0) {
      edges[d - 1] = c.edge[via[d]!]!;
    }
    const s = c.seconds[i]!;
    const stage = c.stage[i]!;
    if (stage >= 0) sums[stage]! += s;
    seconds += s;
  }
  const stageSeconds: Record<string, number> = {};
  for (let k = 0; k < stageIds.length; k++) stageSeconds[stageIds[k]!] = sums[k]!;
  const last = stack[depth]!;
  return { exitId: c.ids[last]!, outcome: c.outcome[last]!, nodeIds, edges, seconds, stageSeconds };
}

function compact(script: ScriptDocument, program: Program): Compact {
  const nodes = script.nodes;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const stageNo = new Map(program.stageIds.map((id, k) => [id, k]));
  const c: Compact = {
    ids: nodes.map((node) => node.id),
    exit: new Uint8Array(nodes.length),
    outcome: nodes.map((node) => (node.kind === "exit" ? node.outcome : null)),
    seconds: Float64Array.from(nodes, (node) => program.seconds.get(node.id) ?? 0),
    stage: Int32Array.from(nodes, (node) => stageNo.get(program.stageOf.get(node.id) ?? "") ?? -1),
    start: new Int32Array(nodes.length + 1),
    to: new Int32Array(0),
    edge: [],
  };
  const to: number[] = [];
  nodes.forEach((node, i) => {
    c.start[i] = to.length;
    if (node.kind === "exit") c.exit[i] = 1;
    const flows = program.flows.get(node.id);
    for (const port of possiblePorts(node)) {
      const target = flows?.get(port);
      if (target === undefined) continue;
      to.push(index.get(target) ?? -1);
      c.edge.push(edgeId(node.id, port));
    }
  });
  c.start[nodes.length] = to.length;
  c.to = Int32Array.from(to);
  return c;
}

/** The ports a walk can leave by: all of them, but an empty rule list decides a condition by itself. */
function possiblePorts(node: ScriptNode): string[] {
  if (node.kind === "condition") {
    if ("all" in node.rules && node.rules.all.length === 0) return ["true"];
    if ("any" in node.rules && node.rules.any.length === 0) return ["false"];
  }
  return portsOf(node);
}
