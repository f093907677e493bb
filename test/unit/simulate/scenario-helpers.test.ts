import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { translator } from "@/lib/i18n/translator";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { coverage } from "@/lib/simulate/coverage";
import { enumeratePaths } from "@/lib/simulate/paths";
import { runScenario, type ScenarioFailure } from "@/lib/simulate/run-scenario";
import { scenarioFromWalk } from "@/lib/simulate/scenario-commands";
import { replay } from "@/lib/simulate/replay";
import { SEEDED_WALKS } from "@/lib/runtime/seeded-walks.fixture";
import { describeFailure } from "@/components/simulate/failure-message";
import { coverageHighlight, pathHighlight } from "@/components/simulate/walk-highlight";

const walk = SEEDED_WALKS[0]!;
const script = EXAMPLE_SCRIPTS.find((e) => e.slug === walk.slug)!.document;
const saved = scenarioFromWalk(replay(script, walk, walk.inputs).state, { id: "walk-1", name: "ok" })!;

describe("describeFailure", () => {
  const failures: ScenarioFailure[] = [
    { kind: "left-path", at: { step: 2, nodeId: "listen" }, expected: "greet", actual: "listen" },
    { kind: "left-path", at: { step: 9, nodeId: "end-success" }, expected: null, actual: "end-success" },
    { kind: "left-path", at: { step: 3, nodeId: "listen" }, expected: "greet", actual: null },
    { kind: "wrong-exit", at: { step: 9, nodeId: "end-success" }, expected: "nowhere", actual: "end-success" },
    { kind: "wrong-outcome", at: { step: 9, nodeId: "end-success" }, expected: "declined", actual: "success" },
    { kind: "too-slow", at: { step: 9, nodeId: "end-success" }, expected: 10, actual: 123.456 },
    { kind: "stuck", at: { step: 1, nodeId: "ask-name" }, expected: "input", actual: "no more steps" },
    { kind: "stuck", at: { step: 1, nodeId: "ask-name" }, expected: "exit", actual: "loop" },
    { kind: "stuck", at: { step: 1, nodeId: "ask-name" }, error: { code: "noFlow", params: { nodeId: "ask-name", port: "next" } } },
    { kind: "input-error", at: { step: 1, nodeId: "ask-name" }, scenarioStep: 0, error: { code: "ended", params: { nodeId: "end-success" } } },
    { kind: "input-error", at: { step: 3, nodeId: "judge-need" }, scenarioStep: 1, error: { code: "unknownAnswer", params: { nodeId: "judge-need", answerId: "nope" } } },
  ];
  for (const locale of UI_LOCALES) {
    it(`words every failure kind in ${locale}, naming elements by label`, () => {
      const t = translator(locale);
      const texts = failures.map((f) => describeFailure(t, f, script));
      for (const text of texts) {
        expect(text).not.toMatch(/simulate\.|\{|\}/);
        expect(text.length).toBeGreaterThan(5);
      }
      const greet = script.nodes.find((n) => n.id === "greet")!.label;
      expect(texts[0]).toContain(greet);
      expect(texts[0]).toContain("3");
      expect(texts[5]).toContain("123.5");
      expect(texts[10]).toContain("nope");
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  it("describes a real failing run: a changed expected exit", () => {
    const wrong = { ...saved, expect: { ...saved.expect, exitId: "greet" } };
    const result = runScenario(script, wrong);
    expect(result.passed).toBe(false);
    const text = describeFailure(translator("en"), result.failures[0]!, script);
    expect(text).toMatch(/instead of/);
  });
});

describe("path and coverage highlights", () => {
  it("draws a path's elements and flows, its exit emphasised", () => {
    const path = enumeratePaths(script).paths[0]!;
    const h = pathHighlight(path);
    expect([...h.nodes]).toEqual([...new Set(path.nodeIds)]);
    expect(h.edges.size).toBe(new Set(path.edges).size);
    expect(h.current).toBe(path.exitId);
  });

  it("draws what the scenarios walk, nothing emphasised", () => {
    const covered = coverage(script, [runScenario(script, saved).walk]);
    const h = coverageHighlight(covered);
    expect([...h.nodes].sort()).toEqual([...walk.path].sort());
    expect(h.edges.size).toBe(covered.edges.walked.length);
    expect(h.current).toBeNull();
  });
});
