import type { Outcome } from "../script/enums";
import { evaluateRules } from "./conditions";
import type { Program } from "./program";
import type { RuntimeError, RuntimeState, Values, WalkStep } from "./types";

/** The moving parts of a state while one step is worked out; copied from the state first, so nothing shared is changed. */
export type Draft = {
  nodeId: string;
  ended: boolean;
  outcome: Outcome | null;
  variables: Values;
  steps: WalkStep[];
  stageSeconds: Record<string, number>;
  seconds: number;
};

export function draftOf(state: RuntimeState): Draft {
  return {
    nodeId: state.nodeId,
    ended: state.status === "ended",
    outcome: state.outcome,
    variables: state.variables,
    steps: [...state.steps],
    stageSeconds: { ...state.stageSeconds },
    seconds: state.seconds,
  };
}

/** Adds a walked element and its time (to its stage and to the call), in walk order. */
export function record(program: Program, draft: Draft, step: Omit<WalkStep, "stageId" | "seconds">): void {
  const stageId = program.stageOf.get(step.nodeId) ?? null;
  const seconds = program.seconds.get(step.nodeId) ?? 0;
  // Built field by field rather than spread: this runs once per element walked.
  const walked: WalkStep = { nodeId: step.nodeId, kind: step.kind, stageId, seconds };
  if (step.port !== undefined) walked.port = step.port;
  if (step.input !== undefined) walked.input = step.input;
  if (step.labels !== undefined) walked.labels = step.labels;
  if (step.value !== undefined) walked.value = step.value;
  draft.steps.push(walked);
  if (stageId !== null && Object.hasOwn(draft.stageSeconds, stageId)) draft.stageSeconds[stageId]! += seconds;
  draft.seconds += seconds;
}

/**
 * Arrives at an element and passes what needs no one: conditions are evaluated at once and
 * recorded as steps (0 s: they say nothing), and an exit ends the call (its closing words are
 * its step). Stops at the first element that awaits input. When a condition's branch has no flow,
 * the walk stays at that condition (steps before it are kept) and the error says why; when
 * conditions go round in a loop without an element between them, nothing of the loop is kept.
 */
export function arrive(program: Program, draft: Draft, nodeId: string): RuntimeError | null {
  const pending: { nodeId: string; port: string }[] = [];
  const seen = new Set<string>();
  let id = nodeId;
  for (;;) {
    const node = program.nodes.get(id);
    if (!node || node.kind !== "condition") break;
    if (seen.has(id)) {
      draft.nodeId = nodeId;
      return { code: "conditionLoop", params: { nodeId: id } };
    }
    seen.add(id);
    const port = evaluateRules(node.rules, draft.variables, program.variables) ? "true" : "false";
    const to = program.flows.get(id)?.get(port);
    if (to === undefined) {
      commit(program, draft, pending);
      draft.nodeId = id;
      return { code: "noFlow", params: { nodeId: id, port } };
    }
    pending.push({ nodeId: id, port });
    id = to;
  }
  commit(program, draft, pending);
  draft.nodeId = id;
  const node = program.nodes.get(id);
  if (!node) return { code: "unknownNode", params: { nodeId: id } };
  if (node.kind === "exit") {
    record(program, draft, { nodeId: id, kind: "exit" });
    draft.ended = true;
    draft.outcome = node.outcome;
  }
  return null;
}

function commit(program: Program, draft: Draft, pending: { nodeId: string; port: string }[]) {
  for (const { nodeId, port } of pending) record(program, draft, { nodeId, kind: "condition", port });
}

export function stateOf(program: Program, given: RuntimeState["given"], draft: Draft): RuntimeState {
  return {
    script: program.script,
    speech: program.speech,
    given,
    nodeId: draft.nodeId,
    status: draft.ended ? "ended" : "running",
    outcome: draft.outcome,
    text: program.fill(draft.nodeId, draft.variables),
    variables: draft.variables,
    steps: draft.steps,
    stageSeconds: draft.stageSeconds,
    seconds: draft.seconds,
  };
}
