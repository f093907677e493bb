import type { ElementKind } from "../script/enums";
import type { NodeOfKind } from "../script/nodes";
import { programFor, type Program } from "./program";
import { readInput } from "./read-input";
import type { InputType, RuntimeError, RuntimeInput, RuntimeState, StepResult, Value, Values, WalkStep } from "./types";
import { coerceValue } from "./values";
import { arrive, draftOf, record, stateOf } from "./walk";

/** How an element is left: by which port, what is recorded, and the variables afterwards. */
type Leave = { port: string; record: Pick<WalkStep, "input" | "labels" | "value">; variables: Values };
type Handled = { ok: true; leave: Leave | "evaluate" } | { ok: false; error: RuntimeError };
type Handler<K extends ElementKind> = (node: NodeOfKind<K>, input: RuntimeInput, program: Program, variables: Values) => Handled;

const fail = (error: RuntimeError): Handled => ({ ok: false, error });
const wrong = (node: { id: string; kind: ElementKind }, input: RuntimeInput, expected: InputType[]): Handled =>
  fail({ code: "wrongInput", params: { nodeId: node.id, kind: node.kind, expected, got: String(input?.type) } });

// Exhaustive by kind: a new element kind does not compile until the engine knows how to leave it.
const HANDLERS: { [K in ElementKind]: Handler<K> } = {
  statement(node, input, _program, variables) {
    if (input.type !== "next") return wrong(node, input, ["next"]);
    return { ok: true, leave: { port: "next", record: { input: { type: "next" } }, variables } };
  },

  // Single: one answer. Multi: a set (or one answer); the call follows the branch of the first
  // chosen answer in the choice's own order, and every chosen label is recorded.
  choice(node, input, _program, variables) {
    let ids: string[];
    if (input.type === "answer") ids = [input.answerId];
    else if (input.type === "answers" && node.mode === "multi" && Array.isArray(input.answerIds)) ids = input.answerIds;
    else return wrong(node, input, node.mode === "multi" ? ["answers", "answer"] : ["answer"]);
    if (ids.length === 0) return fail({ code: "noAnswer", params: { nodeId: node.id } });
    const known = new Set(node.answers.map((a) => a.id));
    const stray = ids.find((id) => !known.has(id));
    if (stray !== undefined) return fail({ code: "unknownAnswer", params: { nodeId: node.id, answerId: String(stray) } });
    const chosen = node.answers.filter((a) => ids.includes(a.id));
    const first = chosen[0]!;
    const recorded: RuntimeInput =
      node.mode === "multi" ? { type: "answers", answerIds: chosen.map((a) => a.id) } : { type: "answer", answerId: first.id };
    return { ok: true, leave: { port: first.id, record: { input: recorded, labels: chosen.map((a) => a.label) }, variables } };
  },

  input(node, input, program, variables) {
    if (input.type !== "input") return wrong(node, input, ["input"]);
    const typed = typeof input.value === "string" ? input.value : String(input.value ?? "");
    const read = readInput(node, program.variables.get(node.variable), typed, program.patterns.get(node.id) ?? null);
    if (!read.ok) {
      const { reason, options, pattern } = read;
      return fail({
        code: "invalidValue",
        params: { nodeId: node.id, variable: node.variable, reason, value: typed, ...(options ? { options } : {}), ...(pattern !== undefined ? { pattern } : {}) },
      });
    }
    // A blank optional field leaves no value: the variable is cleared, so nothing stale is said.
    const next = { ...variables };
    if (read.value === null) delete next[node.variable];
    else next[node.variable] = read.value;
    return { ok: true, leave: { port: "next", record: { input: { type: "input", value: typed }, value: read.value }, variables: next } };
  },

  action(node, input, program, variables) {
    if (input.type !== "result" || (input.result !== "ok" && input.result !== "error")) return wrong(node, input, ["result"]);
    const outputs = input.outputs ?? {};
    const declared = node.outputs ?? [];
    const next = { ...variables };
    for (const name of Object.keys(outputs)) {
      if (!declared.includes(name)) return fail({ code: "unknownOutput", params: { nodeId: node.id, variable: name } });
      const given = outputs[name] as Value;
      const coerced = coerceValue(program.variables.get(name), given);
      if (!coerced.ok) {
        return fail({
          code: "invalidValue",
          params: { nodeId: node.id, variable: name, reason: coerced.reason, value: String(given), ...(coerced.options ? { options: coerced.options } : {}) },
        });
      }
      if (coerced.value === undefined) delete next[name];
      else next[name] = coerced.value;
    }
    const recorded: RuntimeInput = input.outputs ? { type: "result", result: input.result, outputs: input.outputs } : { type: "result", result: input.result };
    return { ok: true, leave: { port: input.result, record: { input: recorded }, variables: next } };
  },

  condition(node, input) {
    return input.type === "next" ? { ok: true, leave: "evaluate" } : wrong(node, input, ["next"]);
  },

  exit(node) {
    return fail({ code: "ended", params: { nodeId: node.id } });
  },
};

/**
 * The call after one input at the current element, or why the input is refused. Never throws
 * and never changes `state`; on an error the call stays where it was.
 */
export function step(state: RuntimeState, input: RuntimeInput): StepResult {
  if (state.status === "ended") return { ok: false, error: { code: "ended", params: { nodeId: state.nodeId } } };
  const program = programFor(state.script, state.speech);
  const node = program.nodes.get(state.nodeId);
  if (!node) return { ok: false, error: { code: "unknownNode", params: { nodeId: state.nodeId } } };
  if (!input || typeof input !== "object") return { ok: false, error: { code: "wrongInput", params: { nodeId: node.id, kind: node.kind, expected: [], got: String(input) } } };
  const handled = (HANDLERS[node.kind] as Handler<ElementKind>)(node as never, input, program, state.variables);
  if (!handled.ok) return handled;
  const draft = draftOf(state);

  if (handled.leave === "evaluate") {
    // A condition the walk stopped at: evaluate again; an error that leaves it where it was is returned.
    const before = draft.steps.length;
    const error = arrive(program, draft, node.id);
    if (error && draft.steps.length === before) return { ok: false, error };
    return { ok: true, state: stateOf(program, state.given, draft) };
  }

  const { port, record: recorded, variables } = handled.leave;
  const to = program.flows.get(node.id)?.get(port);
  if (to === undefined) return { ok: false, error: { code: "noFlow", params: { nodeId: node.id, port } } };
  draft.variables = variables;
  record(program, draft, { nodeId: node.id, kind: node.kind, port, ...recorded });
  arrive(program, draft, to); // stopping at a broken condition is not this input's fault: it is reported there
  return { ok: true, state: stateOf(program, state.given, draft) };
}
