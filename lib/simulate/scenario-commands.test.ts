import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import { SEEDED_WALKS } from "../runtime/seeded-walks.fixture";
import { scriptDocumentSchema } from "../script/document";
import { replay } from "./replay";
import { runScenario } from "./run-scenario";
import { addScenarios, freshScenarioId, MAX_SCENARIOS, partitionScenarios, removeScenario, scenarioFromWalk } from "./scenario-commands";
import type { Scenario } from "./scenario-schema";

const doc = EXAMPLE_SCRIPTS[0]!.document;
const scenario = (id: string): Scenario => ({ id, name: `S ${id}`, customer: {}, steps: [], expect: {} });

describe("addScenarios", () => {
  it("appends new scenarios and skips ids already present or repeated", () => {
    const one = addScenarios({ ...doc, scenarios: undefined }, { scenarios: [scenario("a"), scenario("b"), scenario("a")] });
    expect(one.scenarios?.map((s) => s.id)).toEqual(["a", "b"]);
    const two = addScenarios(one, { scenarios: [scenario("b"), scenario("c")] });
    expect(two.scenarios?.map((s) => s.id)).toEqual(["a", "b", "c"]);
    expect(one.scenarios?.map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("returns the same document when nothing is new", () => {
    const one = addScenarios(doc, { scenarios: [scenario("a")] });
    expect(addScenarios(one, { scenarios: [scenario("a")] })).toBe(one);
    expect(addScenarios(one, { scenarios: [] })).toBe(one);
  });

  it("reports what it adds and skips, up to the schema's bound", () => {
    const full = { scenarios: Array.from({ length: MAX_SCENARIOS - 1 }, (_, i) => scenario(`x${i}`)) };
    const { fresh, skipped } = partitionScenarios(full, [scenario("x0"), scenario("n1"), scenario("n2")]);
    expect(fresh.map((s) => s.id)).toEqual(["n1"]);
    expect(skipped.map((s) => s.id)).toEqual(["x0", "n2"]);
  });
});

describe("removeScenario", () => {
  it("deletes by id and leaves the document alone for an unknown id", () => {
    const one = addScenarios(doc, { scenarios: [scenario("a"), scenario("b")] });
    expect(removeScenario(one, { id: "a" }).scenarios?.map((s) => s.id)).toEqual(["b"]);
    expect(removeScenario(one, { id: "zz" })).toBe(one);
    expect(removeScenario({ ...doc, scenarios: undefined }, { id: "a" }).scenarios).toBeUndefined();
  });
});

describe("freshScenarioId", () => {
  it("takes the first free number", () => {
    expect(freshScenarioId({ scenarios: undefined })).toBe("walk-1");
    expect(freshScenarioId({ scenarios: [scenario("walk-1"), scenario("walk-3")] })).toBe("walk-2");
  });
});

describe("scenarioFromWalk", () => {
  for (const walk of SEEDED_WALKS) {
    it(`saves the seeded walk of ${walk.slug} as a passing, valid scenario`, () => {
      const script = EXAMPLE_SCRIPTS.find((e) => e.slug === walk.slug)!.document;
      const { state, error } = replay(script, walk, walk.inputs);
      expect(error).toBeNull();
      const saved = scenarioFromWalk(state, { id: "walk-1", name: "  成功走查  " })!;
      expect(saved.name).toBe("成功走查");
      expect(saved.expect.exitId).toBe(state.nodeId);
      expect(saved.expect.outcome).toBe(state.outcome);
      expect(saved.expect.path).toEqual(walk.path);
      expect(saved.steps.length).toBe(walk.inputs.filter((i) => i.type !== "next").length);
      expect(runScenario(script, saved).passed).toBe(true);
      const withIt = addScenarios(script, { scenarios: [saved] });
      expect(scriptDocumentSchema.safeParse(withIt).success).toBe(true);
    });
  }

  it("gives nothing for a call that has not ended", () => {
    const walk = SEEDED_WALKS[0]!;
    const script = EXAMPLE_SCRIPTS.find((e) => e.slug === walk.slug)!.document;
    const { state } = replay(script, walk, walk.inputs.slice(0, 2));
    expect(scenarioFromWalk(state, { id: "w", name: "n" })).toBeNull();
  });

  it("falls back to the id for a blank name", () => {
    const walk = SEEDED_WALKS[0]!;
    const script = EXAMPLE_SCRIPTS.find((e) => e.slug === walk.slug)!.document;
    const { state } = replay(script, walk, walk.inputs);
    expect(scenarioFromWalk(state, { id: "walk-9", name: " " })?.name).toBe("walk-9");
  });
});
