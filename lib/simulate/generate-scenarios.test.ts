import { describe, expect, it } from "vitest";
import { end, flow, say, script } from "@/test/builders/script";
import { generateScript } from "@/test/builders/generate-script";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { kitchenSink } from "../runtime/kitchen-sink.fixture";
import type { ScriptDocument } from "../script/document";
import { coverage } from "./coverage";
import { scenariosForEveryPath } from "./generate-scenarios";
import { enumeratePaths } from "./paths";
import { runScenario } from "./run-scenario";
import { scenarioSchema } from "./scenario-schema";

const SCRIPTS: [string, ScriptDocument][] = [...EXAMPLE_SCRIPTS.map((e) => [e.slug, e.document] as [string, ScriptDocument]), ["kitchen-sink", kitchenSink], ["generated-30", generateScript(30)]];

describe.each(SCRIPTS)("%s", (_name, doc) => {
  const all = scenariosForEveryPath(doc, { cap: 1000 });
  const paths = enumeratePaths(doc).paths;

  it("makes a valid scenario for every path, and each passes", () => {
    expect(all.skipped).toEqual([]);
    expect(all.scenarios).toHaveLength(paths.length);
    for (const scenario of all.scenarios) {
      expect(scenarioSchema.parse(scenario)).toEqual(scenario);
      const run = runScenario(doc, scenario);
      expect(run.failures).toEqual([]);
    }
  });

  it("walks each path exactly, with the same clock as the path list", () => {
    for (const scenario of all.scenarios) {
      const index = Number(scenario.id.slice("path-".length)) - 1;
      const path = paths[index]!;
      const run = runScenario(doc, scenario);
      expect(run.walk.map((s) => s.nodeId)).toEqual(path.nodeIds);
      expect(run.state.seconds).toBe(path.seconds);
      expect(run.state.stageSeconds).toEqual(path.stageSeconds);
    }
  });

  it("covers every flow the paths walk, even when capped", () => {
    const walkedByPaths = new Set(paths.flatMap((p) => p.edges));
    const capped = scenariosForEveryPath(doc, { cap: 50 });
    expect(capped.scenarios.length).toBe(Math.min(50, paths.length));
    const result = coverage(doc, capped.scenarios.map((s) => runScenario(doc, s).walk));
    expect(result.edges.walked.length).toBe(walkedByPaths.size);
  });
});

describe("scenariosForEveryPath", () => {
  it("keeps to the cap, choosing paths that walk new flows first, in path order", () => {
    const { scenarios, paths } = scenariosForEveryPath(kitchenSink, { cap: 3 });
    expect(paths).toBe(enumeratePaths(kitchenSink).paths.length);
    expect(scenarios).toHaveLength(3);
    const indexes = scenarios.map((s) => Number(s.id.slice(5)));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    const edges = scenarios.map((s) => runScenario(kitchenSink, s).walk.flatMap((w) => (w.port ? [`${w.nodeId}:${w.port}`] : [])));
    // Each chosen scenario walks a flow the ones before it did not.
    const seen = new Set<string>();
    for (const walk of edges) {
      expect(walk.some((e) => !seen.has(e))).toBe(true);
      walk.forEach((e) => seen.add(e));
    }
  });

  it("sets customer values and function-key outputs so that conditions take the path's branch", () => {
    const { scenarios } = scenariosForEveryPath(kitchenSink, { cap: 1000 });
    const speeds = new Set(scenarios.map((s) => s.customer["宽带速率"]));
    expect(speeds).toEqual(new Set([100, 101]));
    const billing = EXAMPLE_SCRIPTS.find((e) => e.slug === "billing-enquiry-en")!.document;
    const retry = scenariosForEveryPath(billing, { cap: 1000 }).scenarios.find((s) => s.expect.path?.filter((id) => id === "check-verified").length === 2)!;
    const verified = retry.steps.flatMap((s) => (s.type === "result" && s.outputs && "identityVerified" in s.outputs ? [s.outputs.identityVerified] : []));
    expect(verified).toEqual([false, true]);
  });

  it("skips a path whose conditions contradict each other", () => {
    const same = { all: [{ var: "vip", op: "eq" as const, value: true }] };
    const doc = script(
      [
        say("a"),
        { id: "c1", kind: "condition", stageId: "main", rules: same },
        { id: "c2", kind: "condition", stageId: "main", rules: same },
        end("yes-yes"),
        end("yes-no", "other"),
        end("no", "declined"),
      ],
      [flow("a", "c1"), flow("c1", "true", "c2"), flow("c1", "false", "no"), flow("c2", "true", "yes-yes"), flow("c2", "false", "yes-no")],
      { variables: [{ name: "vip", type: "boolean", label: "VIP", source: "customer" }] },
    );
    const result = scenariosForEveryPath(doc);
    expect(result.scenarios.map((s) => s.expect.exitId).sort()).toEqual(["no", "yes-yes"]);
    expect(result.skipped).toEqual([{ pathIndex: expect.any(Number), exitId: "yes-no", reason: "unsatisfiable", nodeId: "c2" }]);
  });

  it("skips a path through a required field no sample value fits", () => {
    const doc = script(
      [say("a"), { id: "f", kind: "input", stageId: "main", variable: "code", inputType: "text", required: true, pattern: "^ZZ-\\d{3}$" }, end("done")],
      [flow("a", "f"), flow("f", "done")],
      { variables: [{ name: "code", type: "text", label: "Code", source: "input" }] },
    );
    expect(scenariosForEveryPath(doc).skipped).toEqual([{ pathIndex: 0, exitId: "done", reason: "noSample", nodeId: "f" }]);
  });

  it("gives nothing for a cap of 0", () => {
    expect(scenariosForEveryPath(kitchenSink, { cap: 0 }).scenarios).toEqual([]);
  });
});
