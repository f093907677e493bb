import { start } from "../../lib/runtime/start";
import { step } from "../../lib/runtime/step";
import type { RuntimeState, Values, WalkStep } from "../../lib/runtime/types";
import type { ScriptDocument } from "../../lib/script/document";
import { runScenario, type ScenarioFailure } from "../../lib/simulate/run-scenario";
import type { ScenarioStep } from "../../lib/simulate/scenario-schema";
import type { StopReason } from "./simulate-messages";

/** A walked element with what the agent says there (variables filled in; "" when it says nothing). */
export type SimulatedStep = WalkStep & { label: string | null; text: string };

export type Stop = {
  reason: StopReason;
  /** 0-based index into the walk of the element the call stopped at (= the walk's length). */
  step: number;
  nodeId: string;
  /** 0-based index of the answer refused there, if one was. */
  answer?: number;
  /** The words of the element it stopped at. */
  text: string;
};

export type Simulation = {
  state: RuntimeState;
  steps: SimulatedStep[];
  /** Why the walk did not reach an exit; null when it did. */
  stop: Stop | null;
  /** Answers left over after the exit. */
  unusedAnswers: number;
};

/**
 * Walks the script with the given answers exactly as `runScenario` does (answers by id or label,
 * statements and conditions passed by themselves), then replays the recorded inputs to read the
 * words said at each element.
 */
export function simulateWalk(script: ScriptDocument, customer: Values, system: Values | undefined, answers: ScenarioStep[]): Simulation {
  const run = runScenario(script, { id: "simulate", name: "simulate", customer, system, steps: answers, expect: {} });
  const { state } = run;
  const texts = textsOf(script, customer, system, state.steps);
  const nodes = new Map(script.nodes.map((n) => [n.id, n]));
  const steps = state.steps.map(({ nodeId, ...rest }, i) => ({ nodeId, label: nodes.get(nodeId)?.label ?? null, ...rest, text: texts[i] ?? "" }));
  const extra = run.failures.find((f) => f.kind === "input-error" && f.error?.code === "ended");
  return { state, steps, stop: stopOf(run.failures, state), unusedAnswers: extra?.scenarioStep === undefined ? 0 : answers.length - extra.scenarioStep };
}

function stopOf(failures: readonly ScenarioFailure[], state: RuntimeState): Stop | null {
  if (state.status === "ended") return null;
  const failure = failures.find((f) => f.kind === "input-error" || f.kind === "stuck");
  const where = { step: state.steps.length, nodeId: state.nodeId, text: state.text };
  if (failure?.error) return { ...where, reason: failure.error, ...(failure.scenarioStep === undefined ? {} : { answer: failure.scenarioStep }) };
  if (failure?.actual === "loop") return { ...where, reason: { code: "loop", params: { nodeId: state.nodeId } } };
  return { ...where, reason: { code: "outOfAnswers", params: { nodeId: state.nodeId, expected: String(failure?.expected ?? "next") } } };
}

/** The words at each walk index, replaying the recorded inputs (the engine is deterministic, so the replay is the same walk). */
function textsOf(script: ScriptDocument, customer: Values, system: Values | undefined, walk: readonly WalkStep[]): string[] {
  const texts: string[] = [];
  let state = start(script, customer, { system });
  for (const walked of walk) {
    if (walked.input === undefined) continue;
    texts[state.steps.length] = state.text;
    const next = step(state, walked.input);
    if (!next.ok) break;
    state = next.state;
  }
  if (state.status === "ended") texts[state.steps.length - 1] = state.text;
  return texts;
}
