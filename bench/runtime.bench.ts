import { EXAMPLE_SCRIPTS } from "../lib/examples/index";
import { programFor } from "../lib/runtime/program";
import { start } from "../lib/runtime/start";
import { step } from "../lib/runtime/step";
import type { RuntimeInput, RuntimeState } from "../lib/runtime/types";
import type { ScriptDocument } from "../lib/script/document";
import { enumeratePaths } from "../lib/simulate/paths";
import { branchingScript } from "./runtime-fixture";

// The engine and the path enumerator, in this process, timed with performance.now().
//   stepsPerSecond     step() calls per second walking the seeded outbound upgrade script
//                      (broadband-upgrade-offer) to its success exit again and again (8 inputs a
//                      walk, conditions and the exit passed on the way), from start() each time;
//   baselineSteps...   the same number of "steps" doing only what any interpreter of this JSON
//                      must: look the element up in a Map, look its flow up in a Map, and copy the
//                      state (a spread of the state, its steps array with one more entry, its
//                      variables and stage times) — no validation, no timing, no text filling;
//   pathsPerSecond     enumeratePaths on a generated chain of 14 binary choices (16,384 walks of
//                      29 elements), each path with node ids, edge ids, seconds and
//                      seconds per stage, sorted longest first;
//   baselinePaths...   the same paths with the same fields (node ids, edge ids, seconds, seconds
//                      per stage, sorted) the obvious way: a recursion that copies the walk so far
//                      at every element ([...prefix, id]) and looks times up in Maps.
// Best of several rounds after a warm-up (the median too for the enumeration, whose rounds differ
// by how much garbage collection falls in them); ratios > 1 mean faster than the baseline.

const ROUNDS = 7;
const WALKS = 2000;
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

const UPGRADE_WALK: RuntimeInput[] = [
  { type: "answer", answerId: "a-is-customer" },
  { type: "answer", answerId: "a-convenient" },
  { type: "next" },
  { type: "answer", answerId: "a-interested" },
  { type: "input", value: "13800138000" },
  { type: "input", value: "2030-01-15" },
  { type: "result", result: "ok", outputs: { orderId: "DD20300115001" } },
  { type: "next" },
];
const CUSTOMER = { customerName: "张先生", currentBandwidth: 100, tenureMonths: 36, mobile: "13800138000" };
const SYSTEM = { agentName: "李娜", companyName: "中国电信", hotline: "10000" };

/** The best and the median time of `body` over ROUNDS rounds, after one untimed warm-up round. */
function best(body: () => number): { ms: number; medianMs: number; count: number } {
  let count = body();
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    count = body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[0]!, medianMs: times[Math.floor(ROUNDS / 2)]!, count };
}

function engineWalks(doc: ScriptDocument): number {
  let steps = 0;
  for (let w = 0; w < WALKS; w++) {
    let state = start(doc, CUSTOMER, { system: SYSTEM });
    for (const input of UPGRADE_WALK) {
      const result = step(state, input);
      if (!result.ok) throw new Error(`walk refused: ${JSON.stringify(result.error)}`);
      state = result.state;
      steps++;
    }
    if (state.status !== "ended" || state.outcome !== "success") throw new Error("walk did not end in success");
  }
  return steps;
}

/** The bare minimum per step: two Map lookups and a copy of a state of the same shape. */
function baselineWalks(doc: ScriptDocument, walk: { nodeId: string; port: string }[], initial: RuntimeState): number {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const flows = new Map(doc.edges.map((e) => [`${e.from}\u2192${e.port}`, e.to]));
  let steps = 0;
  let sink = 0;
  for (let w = 0; w < WALKS; w++) {
    let state = initial;
    for (const { nodeId, port } of walk) {
      const node = nodes.get(nodeId);
      const to = flows.get(`${nodeId}\u2192${port}`) ?? "";
      state = {
        ...state,
        nodeId: to,
        steps: [...state.steps, { nodeId, kind: node?.kind ?? "statement", stageId: null, seconds: 1, port }],
        variables: { ...state.variables },
        stageSeconds: { ...state.stageSeconds },
      };
      steps++;
    }
    sink += state.steps.length;
  }
  if (sink === 0) throw new Error("baseline did nothing");
  return steps;
}

/** The same paths the obvious way: recursion that copies the walk so far at every element, Map lookups for times. */
function naivePaths(doc: ScriptDocument): number {
  const program = programFor(doc);
  const out = new Map<string, { port: string; to: string }[]>();
  for (const e of doc.edges) out.set(e.from, [...(out.get(e.from) ?? []), { port: e.port, to: e.to }]);
  const paths: { exitId: string; nodeIds: string[]; edges: string[]; seconds: number; stageSeconds: Record<string, number> }[] = [];
  const visit = (id: string, ids: string[], edges: string[]) => {
    const nodeIds = [...ids, id];
    if (program.nodes.get(id)?.kind === "exit") {
      const stageSeconds: Record<string, number> = Object.fromEntries(program.stageIds.map((s) => [s, 0]));
      let seconds = 0;
      for (const n of nodeIds) {
        const s = program.seconds.get(n) ?? 0;
        const stage = program.stageOf.get(n);
        if (stage) stageSeconds[stage]! += s;
        seconds += s;
      }
      paths.push({ exitId: id, nodeIds, edges, seconds, stageSeconds });
      return;
    }
    for (const { port, to } of out.get(id) ?? []) if (!ids.includes(to)) visit(to, nodeIds, [...edges, `${id}\u2192${port}`]);
  };
  visit(doc.entry, [], []);
  paths.sort((a, b) => b.seconds - a.seconds);
  return paths.length;
}

/** Walks of a loop-free script counted by dynamic programming: the check on both enumerations. */
function countPaths(doc: ScriptDocument): number {
  const memo = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const e of doc.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = doc.nodes.find((n) => n.id === id);
    const value = node?.kind === "exit" ? 1 : (out.get(id) ?? []).reduce((sum, to) => sum + count(to), 0);
    memo.set(id, value);
    return value;
  };
  return count(doc.entry);
}

export async function run(): Promise<Record<string, number | string>> {
  const upgrade = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;
  const initial = start(upgrade, CUSTOMER, { system: SYSTEM });
  // The baseline walks the same elements and ports as the engine's walk.
  let finished = initial;
  for (const input of UPGRADE_WALK) {
    const result = step(finished, input);
    if (result.ok) finished = result.state;
  }
  const walk = finished.steps.filter((s) => s.input).map((s) => ({ nodeId: s.nodeId, port: s.port ?? "" }));
  const engine = best(() => engineWalks(upgrade));
  const baseline = best(() => baselineWalks(upgrade, walk, initial));
  const stepsPerSecond = (engine.count / engine.ms) * 1000;
  const baselineStepsPerSecond = (baseline.count / baseline.ms) * 1000;

  const branching = branchingScript(14);
  const expected = countPaths(branching);
  const enumerated = best(() => {
    const list = enumeratePaths(branching, { maxLoops: 0, limit: 1_000_000 });
    if (list.truncated) throw new Error("truncated");
    return list.paths.length;
  });
  const naive = best(() => naivePaths(branching));
  if (enumerated.count !== expected || naive.count !== expected) throw new Error(`path counts differ: ${enumerated.count}, ${naive.count}, ${expected}`);
  const pathsPerSecond = (enumerated.count / enumerated.ms) * 1000;
  const baselinePathsPerSecond = (naive.count / naive.ms) * 1000;

  return {
    stepsPerSecond: Math.round(stepsPerSecond),
    baselineStepsPerSecond: Math.round(baselineStepsPerSecond),
    stepsRatio: round(stepsPerSecond / baselineStepsPerSecond, 2),
    usPerStep: round(1000 / stepsPerSecond * 1000, 2),
    paths: enumerated.count,
    elementsPerPath: branching.nodes.length,
    enumerateMs: round(enumerated.ms, 1),
    enumerateMedianMs: round(enumerated.medianMs, 1),
    baselineEnumerateMs: round(naive.ms, 1),
    pathsPerSecond: Math.round(pathsPerSecond),
    baselinePathsPerSecond: Math.round(baselinePathsPerSecond),
    pathsRatio: round(pathsPerSecond / baselinePathsPerSecond, 2),
    targets: "pathsPerSecond >= 10000 on > 10,000 paths",
  };
}
