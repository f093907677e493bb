import type { Value, Values } from "../../lib/runtime/types";
import type { ScriptDocument } from "../../lib/script/document";
import type { ScenarioStep } from "../../lib/simulate/scenario-schema";
import type { Paint } from "./colors";
import { stopCode, type SimulateMessages } from "./simulate-messages";
import type { Simulation, SimulatedStep } from "./simulate-walk";

export type SimulationReport = {
  file: string;
  script: ScriptDocument;
  customer: Values;
  answers: ScenarioStep[];
  simulation: Simulation;
};

export type StageTotal = { id: string; name: string; seconds: number; budgetSeconds: number | null; overBy: number };

/** Every stage in order with the walk's time there, its budget and how far over it the walk went (0 when not). */
export function stageTotals(script: ScriptDocument, stageSeconds: Readonly<Record<string, number>>): StageTotal[] {
  return [...script.stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => {
      const seconds = stageSeconds[s.id] ?? 0;
      return { id: s.id, name: s.name, seconds, budgetSeconds: s.budgetSeconds, overBy: s.budgetSeconds === null ? 0 : Math.max(0, seconds - s.budgetSeconds) };
    });
}

/**
 * `{ file, outcome, exitId, steps, stageSeconds, stages, seconds, unusedAnswers, error? }`:
 * each step is the engine's walk step with the element's label and the words said there;
 * `error` says where and why the walk stopped (`step` indexes `steps`, `answer` the answers).
 */
export function simulationJson(report: SimulationReport, messages: SimulateMessages): object {
  const { simulation } = report;
  const { state, stop } = simulation;
  return {
    file: report.file,
    customer: report.customer,
    outcome: state.outcome,
    exitId: state.status === "ended" ? state.nodeId : null,
    steps: simulation.steps,
    stageSeconds: state.stageSeconds,
    stages: stageTotals(report.script, state.stageSeconds),
    seconds: state.seconds,
    unusedAnswers: simulation.unusedAnswers,
    ...(stop
      ? {
          error: {
            code: stop.reason.code,
            params: stop.reason.params,
            message: messages.stop(stop.reason),
            step: stop.step,
            nodeId: stop.nodeId,
            ...(stop.answer === undefined ? {} : { answer: stop.answer }),
          },
        }
      : {}),
  };
}

const DETAIL = "        ";

/** The walk for people: one block per element (stage, element, time, the words, what was given), the stages against their budgets, then how it ended. */
export function formatSimulation(report: SimulationReport, { paint, messages }: { paint: Paint; messages: SimulateMessages }): string {
  const { script, simulation } = report;
  const { state, stop } = simulation;
  const stageNames = new Map(script.stages.map((s) => [s.id, s.name]));
  const out: string[] = [`${paint("bold", report.file)}  ${script.title}`];
  const customer = Object.entries(report.customer);
  if (customer.length > 0) out.push(`${paint("dim", messages.customer)}  ${customer.map(([k, v]) => `${k}=${String(v)}`).join(", ")}`);
  out.push("");

  const total = simulation.steps.length + (stop ? 1 : 0);
  const width = String(total).length;
  const element = (nodeId: string, label: string | null) => (label ? `${nodeId} “${label}”` : nodeId);
  const head = (index: number, stageId: string | null, what: string) =>
    `${String(index + 1).padStart(width + 2)}  ${paint("cyan", stageId === null ? messages.noStage : (stageNames.get(stageId) ?? stageId))}  ${what}`;

  for (const [index, s] of simulation.steps.entries()) {
    let what = `${element(s.nodeId, s.label)} · ${messages.kind(s.kind)}`;
    if (s.kind === "condition" && s.port !== undefined) what += ` → ${s.port}`;
    if (s.kind === "exit" && state.outcome) what += ` (${messages.outcome(state.outcome)})`;
    out.push(`${head(index, s.stageId, what)} · ${messages.seconds(s.seconds)}`);
    if (s.text.trim() !== "") out.push(`${DETAIL}${paint("dim", padDisplay(messages.says, 6))}  ${s.text}`);
    const given = givenLine(s, messages);
    if (given) out.push(`${DETAIL}${given}`);
  }
  if (stop) {
    const node = script.nodes.find((n) => n.id === stop.nodeId);
    out.push(head(stop.step, node && node.kind !== "exit" ? node.stageId : null, `${element(stop.nodeId, node?.label ?? null)} · ${node ? messages.kind(node.kind) : "?"}`));
    if (stop.text.trim() !== "") out.push(`${DETAIL}${paint("dim", padDisplay(messages.says, 6))}  ${stop.text}`);
    const refused = stop.answer === undefined ? undefined : report.answers[stop.answer];
    if (refused) out.push(`${DETAIL}${refusedLine(refused, messages)}  ${paint("red", "✖")}`);
  }

  out.push("", paint("bold", messages.stages));
  const stages = stageTotals(script, state.stageSeconds);
  const nameWidth = Math.max(displayWidth(messages.total), ...stages.map((s) => displayWidth(s.name)));
  const secondsWidth = Math.max(...[...stages.map((s) => s.seconds), state.seconds].map((s) => messages.seconds(s).length));
  for (const s of stages) {
    let line = `  ${padDisplay(s.name, nameWidth)}  ${messages.seconds(s.seconds).padStart(secondsWidth)}`;
    if (s.budgetSeconds !== null) line += `  ${messages.of(messages.seconds(s.budgetSeconds))}`;
    if (s.overBy > 0) line += `  ${paint("red", messages.over(messages.seconds(s.overBy)))}`;
    out.push(line);
  }
  out.push(`  ${padDisplay(messages.total, nameWidth)}  ${messages.seconds(state.seconds).padStart(secondsWidth)}`, "");

  if (stop) {
    const node = script.nodes.find((n) => n.id === stop.nodeId);
    const where = messages.stoppedAt(stop.step + 1, element(stop.nodeId, node?.label ?? null), stop.answer === undefined ? undefined : stop.answer + 1);
    out.push(paint("red", `${messages.stuck(where, messages.stop(stop.reason))} [${stopCode(stop.reason)}]`));
  } else {
    const exit = script.nodes.find((n) => n.id === state.nodeId);
    out.push(paint("green", messages.reached(element(state.nodeId, exit?.label ?? null), state.outcome ? messages.outcome(state.outcome) : "")));
    if (simulation.unusedAnswers > 0) out.push(paint("yellow", messages.unused(simulation.unusedAnswers)));
  }
  return `${out.join("\n")}\n`;
}

function givenLine(s: SimulatedStep, messages: SimulateMessages): string | null {
  const label = (word: string) => padDisplay(word, 6);
  switch (s.input?.type) {
    case "answer":
    case "answers":
      return `${label(messages.given.answer)}  ${(s.labels ?? []).join(" + ")}`;
    case "input":
      return `${label(messages.given.input)}  ${s.input.value.trim() === "" ? messages.given.blank : s.input.value}`;
    case "result": {
      const outputs = s.input.outputs ? `  ${messages.given.outputs}: ${formatValues(s.input.outputs)}` : "";
      return `${label(messages.given.result)}  ${s.input.result}${outputs}`;
    }
    default:
      return null;
  }
}

function refusedLine(given: ScenarioStep, messages: SimulateMessages): string {
  const label = (word: string) => padDisplay(word, 6);
  switch (given.type) {
    case "answer":
      return `${label(messages.given.answer)}  ${given.answer}`;
    case "answers":
      return `${label(messages.given.answers)}  ${given.answers.join(" + ")}`;
    case "input":
      return `${label(messages.given.input)}  ${given.value.trim() === "" ? messages.given.blank : given.value}`;
    case "result":
      return `${label(messages.given.result)}  ${given.result}${given.outputs ? `  ${messages.given.outputs}: ${formatValues(given.outputs)}` : ""}`;
  }
}

const formatValues = (values: Readonly<Record<string, Value>>) =>
  Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(", ");

// Chinese characters and full-width forms take two columns in a terminal.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
