import type { ScriptDocument } from "../script/document";
import type { SpeechSettings } from "../speech/settings";
import { enumeratePaths, type ScriptPath } from "./paths";
import { planPath } from "./plan-path";
import { runScenario } from "./run-scenario";
import type { Scenario } from "./scenario-schema";

export type GenerateOptions = {
  /** At most this many scenarios. Default 50. */
  cap?: number;
  maxLoops?: number;
  /** Paths enumerated to choose from. Default 10,000. */
  limit?: number;
  speech?: SpeechSettings;
};

export type SkippedPath = { pathIndex: number; exitId: string; reason: "unsatisfiable" | "noSample" | "failed"; nodeId: string };

export type GeneratedScenarios = {
  /** In path order (longest first); `path-<n>` is the n-th path of enumeratePaths. */
  scenarios: Scenario[];
  /** Paths tried that no scenario walks: conditions that contradict each other on the walk, or a field no sample value fits. */
  skipped: SkippedPath[];
  /** How many paths there were to choose from, and whether there were more. */
  paths: number;
  truncated: boolean;
};

/**
 * A scenario for every path, up to `cap`: a regression suite in one click. When there are more
 * paths than the cap, paths that walk a flow no chosen path walks yet come first (longest
 * first), then the rest in order. Each scenario is run before it is returned; one that would not
 * pass is reported in `skipped` instead (a path the generator cannot satisfy).
 */
export function scenariosForEveryPath(script: ScriptDocument, options: GenerateOptions = {}): GeneratedScenarios {
  const cap = Math.max(0, Math.floor(options.cap ?? 50));
  const { paths, truncated } = enumeratePaths(script, { maxLoops: options.maxLoops, limit: options.limit ?? 10_000, speech: options.speech });
  const made = new Map<number, Scenario>();
  const skipped: SkippedPath[] = [];
  const walked = new Set<string>();
  const tried = new Set<number>();

  const attempt = (index: number, path: ScriptPath) => {
    tried.add(index);
    const planned = planPath(script, path, options.speech);
    if (!planned.ok) {
      skipped.push({ pathIndex: index, exitId: path.exitId, reason: planned.reason, nodeId: planned.nodeId });
      return;
    }
    const scenario: Scenario = { id: `path-${index + 1}`, name: nameOf(script, path, index), ...planned.scenario };
    const run = runScenario(script, scenario, { speech: options.speech });
    if (!run.passed) {
      skipped.push({ pathIndex: index, exitId: path.exitId, reason: "failed", nodeId: run.failures[0]?.at.nodeId ?? path.exitId });
      return;
    }
    made.set(index, scenario);
    for (const edge of path.edges) walked.add(edge);
    walked.add(path.exitId);
  };

  // New flows (or a new exit) first, then the rest, until the cap.
  for (let i = 0; i < paths.length && made.size < cap; i++) {
    const path = paths[i]!;
    if (!walked.has(path.exitId) || path.edges.some((e) => !walked.has(e))) attempt(i, path);
  }
  for (let i = 0; i < paths.length && made.size < cap; i++) if (!tried.has(i)) attempt(i, paths[i]!);

  const scenarios = [...made.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  return { scenarios, skipped: skipped.sort((a, b) => a.pathIndex - b.pathIndex), paths: paths.length, truncated };
}

function nameOf(script: ScriptDocument, path: ScriptPath, index: number): string {
  const exit = script.nodes.find((n) => n.id === path.exitId);
  return `#${index + 1} → ${exit?.label ?? path.exitId} (${path.outcome})`.slice(0, 120);
}
