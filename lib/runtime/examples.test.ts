import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { SEEDED_WALKS } from "./seeded-walks.fixture";
import { start } from "./start";
import { step } from "./step";

// Each seeded script walked to its success exit the way an agent would: every text shown with
// its variables filled in, the outcome, and a clock per stage that adds up to the call.

describe.each(SEEDED_WALKS.map((w) => [w.slug, w] as const))("%s", (slug, w) => {
  const doc = EXAMPLE_SCRIPTS.find((e) => e.slug === slug)!.document;

  it("walks to the success exit", () => {
    let state = start(doc, w.customer, { system: w.system });
    const shown = [state.text];
    for (const input of w.inputs) {
      const result = step(state, input);
      if (!result.ok) throw new Error(`refused at ${state.nodeId}: ${JSON.stringify(result.error)}`);
      state = result.state;
      shown.push(state.text);
    }
    expect(state).toMatchObject({ status: "ended", outcome: "success" });
    expect(state.steps.map((s) => s.nodeId)).toEqual(w.path);
    // Every placeholder on this walk has a value: nothing is left as {{...}}.
    for (const text of shown) expect(text).not.toMatch(/\{\{/);
    const total = Object.values(state.stageSeconds).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(state.seconds, 9);
    expect(state.seconds).toBeGreaterThan(30);
    expect(Object.keys(state.stageSeconds)).toEqual([...doc.stages].sort((a, b) => a.order - b.order).map((s) => s.id));
  });
});
