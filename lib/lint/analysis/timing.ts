import type { ScriptIndex } from "./script-index";

export type Walk = { value: number; path: number[] };

export type StageTiming = { stageId: string; worst: Walk; shortest: Walk };

export type TimingAnalysis = {
  stages: ReadonlyMap<string, StageTiming>;
  /** Longest walk from the entry to any exit. */
  longestCall: Walk | null;
  /** Shortest walk from the entry to a success exit. */
  shortestSuccess: Walk | null;
  /** Latest moment (from the call's start) at which each element can have been said, with the walk. */
  finish(i: number): Walk | null;
};

/**
 * Longest and shortest walks by dynamic programming over the topological order (each loop walked
 * once): linear in the size of the script. `weight` is seconds for budgets, sentences for the
 * pitch rule.
 */
export function stageWalks(index: ScriptIndex, weight: (i: number) => number): Map<string, StageTiming> {
  const { topo, out, nodes } = index;
  const n = nodes.length;
  const best = new Float64Array(n);
  const bestNext = new Int32Array(n).fill(-1);
  const least = new Float64Array(n);
  const leastNext = new Int32Array(n).fill(-1);
  const stageNos = index.stageNos; // stage ids as numbers: equal numbers, equal ids
  const w = weights(n, weight);
  for (let k = topo.length - 1; k >= 0; k--) {
    const i = topo[k] as number;
    const own = stageNos[i];
    let max = 0;
    let maxAt = -1;
    let min = Infinity;
    let minAt = -1;
    for (const link of out[i] ?? []) {
      if (link.back) continue;
      if (stageNos[link.to] === own) {
        if (best[link.to]! > max || maxAt < 0) {
          max = best[link.to]!;
          maxAt = link.to;
        }
        if (least[link.to]! < min) {
          min = least[link.to]!;
          minAt = link.to;
        }
      } else if (min > 0) {
        min = 0;
        minAt = -1;
      }
    }
    best[i] = w[i]! + max;
    bestNext[i] = maxAt;
    least[i] = w[i]! + (min === Infinity ? 0 : min);
    leastNext[i] = minAt;
  }
  // Per stage (by number), the walks found so far, in the order the stages are first met.
  const worstOf: (Walk | undefined)[] = [];
  const shortestOf: (Walk | undefined)[] = [];
  const met: [stage: number, id: string][] = [];
  for (const i of topo) {
    const stage = stageNos[i]!;
    if (stage < 0) continue;
    const currentWorst = worstOf[stage];
    const currentShortest = shortestOf[stage];
    if (currentWorst === undefined) met.push([stage, index.stageIds[i]!]);
    if (!(currentWorst && currentWorst.value >= best[i]!)) worstOf[stage] = { value: best[i]!, path: follow(i, bestNext) };
    // A walk enters a stage at the entry or from another stage (asked only when it matters).
    const shorter = !(currentShortest && currentShortest.value <= least[i]!);
    if (shorter && entersStage(index, i, stage)) shortestOf[stage] = { value: least[i]!, path: follow(i, leastNext) };
    else if (currentShortest === undefined) shortestOf[stage] = { value: Infinity, path: [] };
  }
  const result = new Map<string, StageTiming>();
  for (const [stage, id] of met) result.set(id, { stageId: id, worst: worstOf[stage]!, shortest: shortestOf[stage]! });
  return result;
}

export function analyseTiming(index: ScriptIndex, secondsOf: (i: number) => number): TimingAnalysis {
  const { topo, out, nodes } = index;
  const n = nodes.length;
  const w = weights(n, secondsOf);
  const toExit = new Float64Array(n).fill(-Infinity);
  const toExitNext = new Int32Array(n).fill(-1);
  const toSuccess = new Float64Array(n).fill(Infinity);
  const toSuccessNext = new Int32Array(n).fill(-1);
  for (let k = topo.length - 1; k >= 0; k--) {
    const i = topo[k] as number;
    const node = nodes[i]!;
    const own = w[i]!;
    if (node.kind === "exit") {
      toExit[i] = own;
      if (node.outcome === "success") toSuccess[i] = own;
      continue;
    }
    const links = out[i]!;
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      if (link.back) continue;
      if (toExit[link.to]! + own > toExit[i]!) {
        toExit[i] = toExit[link.to]! + own;
        toExitNext[i] = link.to;
      }
      if (toSuccess[link.to]! + own < toSuccess[i]!) {
        toSuccess[i] = toSuccess[link.to]! + own;
        toSuccessNext[i] = link.to;
      }
    }
  }
  const arrive = new Float64Array(n).fill(-Infinity);
  const arriveFrom = new Int32Array(n).fill(-1);
  if (index.entry >= 0) arrive[index.entry] = w[index.entry]!;
  for (let k = 0; k < topo.length; k++) {
    const i = topo[k]!;
    const links = out[i]!;
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      if (link.back) continue;
      const at = arrive[i]! + w[link.to]!;
      if (at > arrive[link.to]!) {
        arrive[link.to] = at;
        arriveFrom[link.to] = i;
      }
    }
  }
  const e = index.entry;
  return {
    stages: stageWalks(index, (i) => w[i]!),
    longestCall: e >= 0 && toExit[e]! > -Infinity ? { value: toExit[e]!, path: follow(e, toExitNext) } : null,
    shortestSuccess: e >= 0 && toSuccess[e]! < Infinity ? { value: toSuccess[e]!, path: follow(e, toSuccessNext) } : null,
    finish(i) {
      if (!(arrive[i]! > -Infinity)) return null;
      const path: number[] = [];
      for (let at = i; at >= 0; at = arriveFrom[at]!) path.push(at);
      return { value: arrive[i]!, path: path.reverse() };
    },
  };
}

function entersStage(index: ScriptIndex, i: number, stage: number): boolean {
  if (i === index.entry) return true;
  for (const p of index.into[i]!) if (index.reachable[p] && index.stageNos[p] !== stage) return true;
  return false;
}

/** Each element's weight, asked once: the walks read it several times per flow. */
function weights(n: number, weight: (i: number) => number): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = weight(i);
  return w;
}

function follow(start: number, next: Int32Array): number[] {
  const path: number[] = [];
  for (let at = start; at >= 0 && path.length <= next.length; at = next[at]!) path.push(at);
  return path;
}
