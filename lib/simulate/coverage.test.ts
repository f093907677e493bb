import { describe, expect, it } from "vitest";
import { end, flow, say, script } from "@/test/builders/script";
import { SYSTEM, ZHANG, kitchenSink } from "../runtime/kitchen-sink.fixture";
import { start } from "../runtime/start";
import { step } from "../runtime/step";
import { coverage } from "./coverage";
import { edgeId } from "./edge-id";
import { runScenario } from "./run-scenario";
import type { Scenario } from "./scenario-schema";

const declined: Scenario = {
  id: "declined",
  name: "不方便",
  customer: ZHANG,
  system: SYSTEM,
  steps: [{ type: "answer", answer: "no" }],
  expect: { outcome: "declined" },
};
const happy: Scenario = {
  id: "happy",
  name: "办理",
  customer: ZHANG,
  system: SYSTEM,
  steps: [
    { type: "answer", answer: "yes" },
    { type: "answers", answers: ["tv"] },
    { type: "input", value: "13800138000" },
    { type: "input", value: "2030-01-15" },
    { type: "input", value: "上午" },
    { type: "input", value: "1" },
    { type: "input", value: "" },
    { type: "result", result: "ok" },
  ],
  expect: { outcome: "success" },
};

describe("coverage", () => {
  it("counts the elements and flows the walks pass, with the share of each", () => {
    const walks = [runScenario(kitchenSink, declined).walk];
    const result = coverage(kitchenSink, walks);
    expect(result.nodes).toEqual({ walked: ["greet", "ask", "end-declined"], missed: expect.any(Array), total: 16, ratio: 3 / 16 });
    expect(result.edges.walked).toEqual([edgeId("greet", "next"), edgeId("ask", "no")]);
    expect(result.edges.ratio).toBe(2 / 18);
  });

  it("adds walks up; a flow walked twice counts once", () => {
    const walks = [declined, happy, declined].map((s) => runScenario(kitchenSink, s).walk);
    const result = coverage(kitchenSink, walks);
    expect(result.nodes.missed).toEqual(["ask-email", "end-callback"]);
    expect(result.nodes.ratio).toBe(14 / 16);
    expect(result.edges.missed).toEqual(
      [
        ["check", "false"],
        ["extras", "phone"],
        ["extras", "none"],
        ["ask-email", "next"],
        ["submit", "error"],
      ].map(([from, port]) => edgeId(from!, port!)),
    );
    expect(result.edges.ratio).toBe(13 / 18);
  });

  it("takes walks of the engine directly, ended or not", () => {
    const state = start(kitchenSink, ZHANG, { system: SYSTEM });
    const moved = step(state, { type: "next" });
    expect(moved.ok && coverage(kitchenSink, [moved.state.steps]).nodes.walked).toEqual(["greet"]);
  });

  it("is 0 with no walks, and 1 for flows when there are none to walk", () => {
    expect(coverage(kitchenSink, []).nodes.ratio).toBe(0);
    const single = script([end("done")], []);
    expect(coverage(single, []).edges).toEqual({ walked: [], missed: [], total: 0, ratio: 1 });
    const pair = script([say("a"), end("done")], [flow("a", "done")]);
    expect(coverage(pair, [runScenario(pair, { id: "x", name: "x", customer: {}, steps: [], expect: {} }).walk]).edges.ratio).toBe(1);
  });
});
