import { start, step, type RuntimeInput, type RuntimeState, type Values, type WalkStep } from "../runtime";
import type { Transcript, TranscriptGiven, TranscriptStep, TranscriptValue } from "./transcript";

/**
 * The transcript of a walk. The words of each step are filled in with the variables as they were
 * when it was said (a value captured later in the call is not read into earlier words), found by
 * replaying the walk's inputs from its start values.
 */
export function transcriptOf(state: RuntimeState): Transcript {
  const { script } = state;
  const nodes = new Map(script.nodes.map((n) => [n.id, n]));
  const stageNames = new Map(script.stages.map((s) => [s.id, s.name]));
  const variables = new Map(script.variables.map((v) => [v.name, v]));
  const said = wordsAt(state, state.steps.flatMap((s) => (s.input ? [s.input] : [])));
  let asked = 0;
  const steps: TranscriptStep[] = [];
  for (const walked of state.steps) {
    if (walked.kind === "condition") continue;
    const node = nodes.get(walked.nodeId);
    const words = walked.input ? (said[asked++] ?? "") : walked.kind === "exit" ? state.text : "";
    steps.push({
      nodeId: walked.nodeId,
      kind: walked.kind,
      label: node?.label || walked.nodeId,
      stage: walked.stageId === null ? null : (stageNames.get(walked.stageId) ?? walked.stageId),
      said: words,
      given: givenAt(walked, node?.kind === "action" ? node.key : ""),
      seconds: walked.seconds,
    });
  }
  const values = (record: Values): TranscriptValue[] =>
    Object.entries(record).map(([name, value]) => ({ name, label: variables.get(name)?.label || name, value }));
  const exit = state.status === "ended" ? nodes.get(state.nodeId) : undefined;
  return {
    title: script.title,
    customer: values(state.given.customer),
    system: values(state.given.system),
    steps,
    stages: [...script.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ id: s.id, name: s.name, seconds: state.stageSeconds[s.id] ?? 0, budgetSeconds: s.budgetSeconds })),
    seconds: state.seconds,
    outcome: state.status === "ended" ? state.outcome : null,
    exitLabel: exit ? exit.label || exit.id : null,
  };
}

/** The filled words at each element that took an input, in walk order: the walk replayed from its start values. */
function wordsAt(state: RuntimeState, inputs: readonly RuntimeInput[]): string[] {
  const out: string[] = [];
  let current = start(state.script, state.given.customer, { system: state.given.system, speech: state.speech });
  for (const input of inputs) {
    out.push(current.text);
    const result = step(current, input);
    if (!result.ok) break; // cannot happen for inputs the engine recorded itself
    current = result.state;
  }
  return out;
}

function givenAt(walked: WalkStep, key: string): TranscriptGiven | null {
  const input = walked.input;
  if (!input) return null;
  switch (input.type) {
    case "next":
      return { type: "next" };
    case "answer":
    case "answers":
      return { type: "answers", labels: walked.labels ?? [] };
    case "input":
      return { type: "input", value: walked.value ?? null };
    case "result":
      return input.outputs ? { type: "result", result: input.result, key, outputs: input.outputs } : { type: "result", result: input.result, key };
  }
}
