import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { SYSTEM, ZHANG, kitchenSink } from "./kitchen-sink.fixture";
import { back } from "./back";
import { restart, start } from "./start";
import { step } from "./step";
import type { RuntimeInput, RuntimeState } from "./types";

// The engine is a function of the script, the customer and the inputs: no clock, no randomness,
// no hidden state. So equal inputs give equal states, a state survives JSON, and undoing is
// replaying.

const INPUTS: RuntimeInput[] = [
  { type: "next" },
  { type: "answer", answerId: "yes" },
  { type: "next" },
  { type: "answers", answerIds: ["none", "tv"] },
  { type: "input", value: "13800138000" },
  { type: "input", value: "2030-01-15" },
  { type: "input", value: "下午" },
  { type: "input", value: "2" },
  { type: "input", value: "" },
  { type: "result", result: "ok", outputs: { 订单号: "DD001" } },
  { type: "next" },
];

function states(from: RuntimeState, inputs: RuntimeInput[]): RuntimeState[] {
  const out = [from];
  for (const input of inputs) {
    const result = step(out[out.length - 1]!, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    out.push(result.state);
  }
  return out;
}

const begin = () => start(kitchenSink, ZHANG, { system: SYSTEM });

describe("determinism", () => {
  it("the same script, customer and inputs give deep-equal states at every step", () => {
    expect(states(begin(), INPUTS)).toEqual(states(begin(), INPUTS));
    expect(states(begin(), INPUTS).at(-1)).toMatchObject({ status: "ended", outcome: "success" });
  });

  it("a state is plain JSON: after a round trip the call goes on exactly as before", () => {
    const all = states(begin(), INPUTS);
    for (let i = 0; i < INPUTS.length; i++) {
      const revived = JSON.parse(JSON.stringify(all[i])) as RuntimeState;
      expect(revived).toEqual(all[i]);
      const result = step(revived, INPUTS[i]!);
      expect(result.ok && result.state).toEqual(all[i + 1]);
    }
  });

  it("never changes the state it is given", () => {
    const all = states(begin(), INPUTS);
    const frozen = JSON.parse(JSON.stringify(all.map((s) => ({ ...s, script: null }))));
    states(all[0]!, INPUTS);
    expect(all.map((s) => ({ ...s, script: null }))).toEqual(frozen);
  });
});

describe("back", () => {
  it("returns exactly the state the last input was given in, at every step", () => {
    const all = states(begin(), INPUTS);
    for (let i = 1; i < all.length; i++) expect(back(all[i]!)).toEqual(all[i - 1]);
  });

  it("undoes the condition passed and the exit reached with the input that led there", () => {
    const all = states(begin(), INPUTS);
    const atPitch = all[2]!; // the answer "yes" passed the condition on the way
    expect(atPitch.steps.map((s) => s.nodeId)).toEqual(["greet", "ask", "check"]);
    expect(back(atPitch).nodeId).toBe("ask");
    const done = all.at(-1)!;
    expect(back(done)).toMatchObject({ nodeId: "confirm", status: "running", outcome: null });
  });

  it("restores a variable an input had changed", () => {
    const all = states(begin(), INPUTS);
    const afterCount = all[8]!;
    expect(afterCount.variables["台数"]).toBe(2);
    expect(back(afterCount).variables).not.toHaveProperty("台数");
  });

  it("at the start there is nothing to undo", () => {
    const state = begin();
    expect(back(state)).toBe(state);
  });
});

describe("restart", () => {
  it("is the call as start made it, with the same customer, system values and speaking rates", () => {
    const fast = { ...begin().speech, hanPerMinute: 300 };
    const first = start(kitchenSink, ZHANG, { system: SYSTEM, speech: fast });
    const done = states(first, INPUTS).at(-1)!;
    expect(restart(done)).toEqual(first);
  });
});

describe("the seeded scripts", () => {
  it.each(EXAMPLE_SCRIPTS.map((e) => [e.slug, e.document] as const))("%s starts the same way twice", (_slug, doc) => {
    expect(start(doc, {})).toEqual(start(doc, {}));
  });
});
