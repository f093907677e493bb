import { currentNode } from "../runtime/current";
import { start } from "../runtime/start";
import { step } from "../runtime/step";
import type { RuntimeError, RuntimeInput, RuntimeState, WalkStep } from "../runtime/types";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import type { SpeechSettings } from "../speech/settings";
import type { Scenario, ScenarioStep } from "./scenario-schema";

export type FailureKind = "left-path" | "wrong-exit" | "wrong-outcome" | "too-slow" | "stuck" | "input-error";

export type ScenarioFailure = {
  kind: FailureKind;
  /** Where: the index into the walk (= its length for the element the call stopped at) and that element. */
  at: { step: number; nodeId: string };
  /** The scenario step given when it happened (input errors, and extra steps after the end). */
  scenarioStep?: number;
  expected?: unknown;
  actual?: unknown;
  error?: RuntimeError;
};

export type ScenarioResult = {
  passed: boolean;
  walk: WalkStep[];
  /** The call where the run stopped: ended, or where it got stuck or refused a step. */
  state: RuntimeState;
  failures: ScenarioFailure[];
};

/**
 * Plays a scenario: statements and conditions pass by themselves, and each element that needs
 * input takes the next scenario step. The run stops at the first refused step (input-error), at a
 * port without a flow or when the steps run out before an exit (stuck); then the expectations are
 * checked: the path (the first element where the walk left it), the exit and outcome (once
 * ended) and the time.
 */
export function runScenario(script: ScriptDocument, scenario: Scenario, options: { speech?: SpeechSettings } = {}): ScenarioResult {
  let state = start(script, scenario.customer, { system: scenario.system, speech: options.speech });
  const failures: ScenarioFailure[] = [];
  const here = (s: RuntimeState) => ({ step: s.steps.length, nodeId: s.nodeId });
  let given = 0;
  // Statements that loop among themselves would never end: a generous bound stops such a run.
  let moves = 0;
  const bound = 10 * (script.nodes.length + 1) * (scenario.steps.length + 1);

  while (state.status === "running") {
    const node = currentNode(state);
    if (moves++ > bound) {
      failures.push({ kind: "stuck", at: here(state), expected: "exit", actual: "loop" });
      break;
    }
    if (node?.kind === "statement" || node?.kind === "condition") {
      const result = step(state, { type: "next" });
      if (!result.ok) {
        failures.push({ kind: "stuck", at: here(state), error: result.error });
        break;
      }
      state = result.state;
      continue;
    }
    const next = scenario.steps[given];
    if (next === undefined) {
      failures.push({ kind: "stuck", at: here(state), expected: inputFor(node), actual: "no more steps" });
      break;
    }
    const result = step(state, toInput(node, next));
    if (!result.ok) {
      failures.push({ kind: "input-error", at: here(state), scenarioStep: given, error: result.error });
      break;
    }
    state = result.state;
    given++;
  }
  if (state.status === "ended" && given < scenario.steps.length) {
    failures.push({ kind: "input-error", at: here(state), scenarioStep: given, error: { code: "ended", params: { nodeId: state.nodeId } } });
  }
  failures.push(...expectations(scenario, state));
  return { passed: failures.length === 0, walk: state.steps, state, failures };
}

function expectations(scenario: Scenario, state: RuntimeState): ScenarioFailure[] {
  const out: ScenarioFailure[] = [];
  const { expect } = scenario;
  const ended = state.status === "ended";
  const atEnd = { step: Math.max(0, state.steps.length - 1), nodeId: state.nodeId };
  if (expect.path) {
    const walked = state.steps.map((s) => s.nodeId);
    const length = ended ? Math.max(walked.length, expect.path.length) : walked.length;
    for (let i = 0; i < length; i++) {
      if (walked[i] === expect.path[i]) continue;
      out.push({
        kind: "left-path",
        at: { step: i, nodeId: walked[i] ?? state.nodeId },
        expected: expect.path[i] ?? null,
        actual: walked[i] ?? null,
      });
      break;
    }
  }
  if (ended && expect.exitId !== undefined && expect.exitId !== state.nodeId) {
    out.push({ kind: "wrong-exit", at: atEnd, expected: expect.exitId, actual: state.nodeId });
  }
  if (ended && expect.outcome !== undefined && expect.outcome !== state.outcome) {
    out.push({ kind: "wrong-outcome", at: atEnd, expected: expect.outcome, actual: state.outcome });
  }
  if (expect.maxSeconds !== undefined && state.seconds > expect.maxSeconds) {
    out.push({ kind: "too-slow", at: atEnd, expected: expect.maxSeconds, actual: state.seconds });
  }
  return out;
}

/** A scenario step as the engine's input; answers may be named by id or by label. */
function toInput(node: ScriptNode | undefined, given: ScenarioStep): RuntimeInput {
  switch (given.type) {
    case "answer":
      return { type: "answer", answerId: answerId(node, given.answer) };
    case "answers":
      return { type: "answers", answerIds: given.answers.map((a) => answerId(node, a)) };
    case "input":
      return { type: "input", value: given.value };
    case "result":
      return given.outputs ? { type: "result", result: given.result, outputs: given.outputs } : { type: "result", result: given.result };
  }
}

function answerId(node: ScriptNode | undefined, named: string): string {
  if (node?.kind !== "choice") return named;
  if (node.answers.some((a) => a.id === named)) return named;
  const wanted = named.trim();
  return node.answers.find((a) => a.label.trim() === wanted)?.id ?? named;
}

function inputFor(node: ScriptNode | undefined): string {
  switch (node?.kind) {
    case "choice":
      return node.mode === "multi" ? "answers" : "answer";
    case "input":
      return "input";
    case "action":
      return "result";
    default:
      return "next";
  }
}
