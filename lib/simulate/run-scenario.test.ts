import { describe, expect, it } from "vitest";
import { end, flow, say, script } from "@/test/builders/script";
import { SYSTEM, ZHANG, kitchenSink } from "../runtime/kitchen-sink.fixture";
import { runScenario } from "./run-scenario";
import { scenarioSchema, type Scenario } from "./scenario-schema";

const HAPPY_PATH = ["greet", "ask", "check", "pitch", "extras", "ask-phone", "ask-date", "ask-slot", "ask-count", "ask-note", "submit", "confirm", "end-success"];

/** A scenario that walks the kitchen-sink script to its success exit; answers by label where a designer would type them. */
function happy(overrides: Partial<Scenario> = {}): Scenario {
  return scenarioSchema.parse({
    id: "happy",
    name: "办理成功",
    customer: ZHANG,
    system: SYSTEM,
    steps: [
      { type: "answer", answer: "方便" },
      { type: "answers", answers: ["都不需要", "tv"] },
      { type: "input", value: "13800138000" },
      { type: "input", value: "2030-01-15" },
      { type: "input", value: "上午" },
      { type: "input", value: "1" },
      { type: "input", value: "" },
      { type: "result", result: "ok", outputs: { 订单号: "DD001" } },
    ],
    expect: { exitId: "end-success", outcome: "success", path: HAPPY_PATH, maxSeconds: 120 },
    ...overrides,
  });
}

describe("runScenario", () => {
  it("passes when the walk, the exit, the outcome and the time are as expected", () => {
    const result = runScenario(kitchenSink, happy());
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.walk.map((s) => s.nodeId)).toEqual(HAPPY_PATH);
    expect(result.state).toMatchObject({ status: "ended", outcome: "success" });
  });

  it("reports where the walk left the expected path", () => {
    const result = runScenario(kitchenSink, happy({ customer: { ...ZHANG, 宽带速率: 300 } }));
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([{ kind: "left-path", at: { step: 3, nodeId: "extras" }, expected: "pitch", actual: "extras" }]);
  });

  it("reports a walk that goes on past the expected path's end", () => {
    const result = runScenario(kitchenSink, happy({ expect: { path: HAPPY_PATH.slice(0, 5) } }));
    expect(result.failures).toEqual([{ kind: "left-path", at: { step: 5, nodeId: "ask-phone" }, expected: null, actual: "ask-phone" }]);
  });

  it("reports the wrong exit and the wrong outcome", () => {
    const steps = happy().steps.slice(0, -1).concat({ type: "result", result: "error" });
    const result = runScenario(kitchenSink, happy({ steps, expect: { exitId: "end-success", outcome: "success" } }));
    expect(result.failures).toEqual([
      { kind: "wrong-exit", at: { step: 11, nodeId: "end-callback" }, expected: "end-success", actual: "end-callback" },
      { kind: "wrong-outcome", at: { step: 11, nodeId: "end-callback" }, expected: "success", actual: "callback" },
    ]);
  });

  it("reports a walk slower than allowed", () => {
    const result = runScenario(kitchenSink, happy({ expect: { maxSeconds: 10 } }));
    expect(result.failures).toEqual([{ kind: "too-slow", at: { step: 12, nodeId: "end-success" }, expected: 10, actual: result.state.seconds }]);
  });

  it("reports a refused input with the scenario step and the engine's error, and stops there", () => {
    const steps = [...happy().steps];
    steps[2] = { type: "input", value: "12345" };
    const result = runScenario(kitchenSink, happy({ steps, expect: { outcome: "success" } }));
    expect(result.failures).toEqual([
      {
        kind: "input-error",
        at: { step: 5, nodeId: "ask-phone" },
        scenarioStep: 2,
        error: { code: "invalidValue", params: { nodeId: "ask-phone", variable: "联系电话", reason: "notPhone", value: "12345" } },
      },
    ]);
    expect(result.state.nodeId).toBe("ask-phone");
  });

  it("an answer that is neither an id nor a label is an input error", () => {
    const result = runScenario(kitchenSink, happy({ steps: [{ type: "answer", answer: "也许" }] }));
    expect(result.failures[0]).toMatchObject({ kind: "input-error", scenarioStep: 0, error: { code: "unknownAnswer", params: { answerId: "也许" } } });
  });

  it("reports being stuck when the steps run out before an exit", () => {
    const result = runScenario(kitchenSink, happy({ steps: happy().steps.slice(0, 2), expect: {} }));
    expect(result.failures).toEqual([{ kind: "stuck", at: { step: 5, nodeId: "ask-phone" }, expected: "input", actual: "no more steps" }]);
  });

  it("reports being stuck at a port without a flow", () => {
    const doc = script([say("a"), say("b"), end("done")], [flow("a", "b")]);
    const result = runScenario(doc, { id: "s", name: "s", customer: {}, steps: [], expect: {} });
    expect(result.failures).toEqual([{ kind: "stuck", at: { step: 1, nodeId: "b" }, error: { code: "noFlow", params: { nodeId: "b", port: "next" } } }]);
  });

  it("reports steps left over after the call ended", () => {
    const steps = [...happy().steps, { type: "input" as const, value: "多余" }];
    const result = runScenario(kitchenSink, happy({ steps }));
    expect(result.failures).toEqual([{ kind: "input-error", at: { step: 13, nodeId: "end-success" }, scenarioStep: 8, error: { code: "ended", params: { nodeId: "end-success" } } }]);
  });
});

describe("scenarioSchema", () => {
  it("accepts a saved scenario and refuses a malformed one", () => {
    expect(scenarioSchema.safeParse(happy()).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...happy(), steps: [{ type: "answer" }] }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...happy(), expect: { outcome: "won" } }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...happy(), extra: 1 }).success).toBe(false);
  });
});
