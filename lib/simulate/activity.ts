// An activity (活动): the script run once for every customer of a sample (a CSV's rows), with one
// answer policy for all of them, summed up as the distribution of outcomes, exits and times.
// Pure and deterministic: the same rows, mapping and policy give the same result.
import { programFor, type Program } from "../runtime/program";
import { readInput } from "../runtime/read-input";
import { start } from "../runtime/start";
import { step } from "../runtime/step";
import type { InvalidReason, RuntimeError, RuntimeErrorCode, RuntimeInput, RuntimeState, Values } from "../runtime/types";
import { coerceValue } from "../runtime/values";
import { rulesOf } from "../script/condition";
import type { ScriptDocument } from "../script/document";
import { OUTCOMES, type Outcome } from "../script/enums";
import type { InputNode, ScriptNode } from "../script/nodes";
import type { Variable } from "../script/parts";
import { placeholdersIn } from "../script/text-variables";
import type { SpeechSettings } from "../speech/settings";
import { runScenario } from "./run-scenario";
import { inputSamples } from "./sample-values";
import type { ScenarioStep } from "./scenario-schema";

/** Which column (0-based, into the CSV's headers) holds each variable, by variable name. */
export type ColumnMapping = Record<string, number>;

// ---------------------------------------------------------------------------------------------
// Mapping columns to variables

/** Text as compared for matching: compatibility forms (full-width → half-width), lower case, no spaces, "_" or "-". */
function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s_\-]+/gu, "");
}

/** A label without a trailing explanation in brackets: "当前宽带速率（M）" → "当前宽带速率". */
function shortLabel(label: string): string {
  return label.normalize("NFKC").replace(/\s*\([^()]*\)\s*$/u, "");
}

/**
 * Columns for the variables whose name or label a header spells (case, width, spaces, "_" and
 * "-" ignored): first every exact name, then labels, then labels without a trailing bracketed
 * note ("当前宽带速率（M）" also matches a header "当前宽带速率"). Each column and each variable
 * is used at most once; the first column wins. Variables no header names are left out.
 */
export function suggestMapping(headers: readonly string[], variables: readonly Variable[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const keys = headers.map(normalise);
  const passes: ((v: Variable) => string)[] = [(v) => v.name, (v) => v.label, (v) => shortLabel(v.label)];
  for (const keyOf of passes) {
    for (const variable of variables) {
      if (Object.hasOwn(mapping, variable.name)) continue;
      const wanted = normalise(keyOf(variable));
      if (wanted === "") continue;
      const column = keys.findIndex((key, i) => key === wanted && !taken.has(i));
      if (column < 0) continue;
      mapping[variable.name] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/**
 * The customer variables a call can need: those its conditions read and those its words and
 * function-key parameters fill in (`{{name}}`), in the order the script declares them. The
 * target group's criteria are not among them: they choose the customers, they are not walked.
 */
export function customerVariablesUsed(script: ScriptDocument): Variable[] {
  const used = new Set<string>();
  const addText = (text: string | undefined) => {
    if (text) for (const p of placeholdersIn(text)) used.add(p.name);
  };
  for (const node of script.nodes) {
    if (node.kind === "condition") for (const rule of rulesOf(node.rules)) used.add(rule.var);
    else addText(node.text);
    if (node.kind === "action") for (const value of Object.values(node.parameters)) addText(value);
  }
  return script.variables.filter((v) => v.source === "customer" && used.has(v.name));
}

export type MappingError =
  | { code: "missingColumns"; params: { variables: string[]; labels: string[] } }
  | { code: "unknownVariable"; params: { variable: string } }
  | { code: "unknownColumn"; params: { variable: string; column: number } };

export type MappingCheck = { ok: true } | { ok: false; errors: MappingError[] };

/**
 * Whether a mapping can run the script: every customer variable it uses has a column
 * (`missingColumns` lists all that have none, names and labels in declaration order), and each
 * mapping points from a declared variable to a column that exists.
 */
export function validateMapping(script: ScriptDocument, headers: readonly string[], mapping: Readonly<ColumnMapping>): MappingCheck {
  const errors: MappingError[] = [];
  const declared = new Set(script.variables.map((v) => v.name));
  for (const [variable, column] of Object.entries(mapping)) {
    if (!declared.has(variable)) errors.push({ code: "unknownVariable", params: { variable } });
    else if (!Number.isInteger(column) || column < 0 || column >= headers.length) errors.push({ code: "unknownColumn", params: { variable, column } });
  }
  const missing = customerVariablesUsed(script).filter((v) => !Object.hasOwn(mapping, v.name));
  if (missing.length > 0) {
    errors.unshift({ code: "missingColumns", params: { variables: missing.map((v) => v.name), labels: missing.map((v) => v.label) } });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

/** A row as a customer record: each mapped cell, trimmed; blank cells are left out. */
export function customerOf(row: readonly string[], mapping: Readonly<ColumnMapping>): Values {
  const out: Values = {};
  for (const [name, column] of Object.entries(mapping)) {
    const cell = row[column]?.trim();
    if (cell) out[name] = cell;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Running every row

/**
 * What is given at each element that asks, the same for every customer (conditions still branch
 * on each row's data):
 * - `scenario`: a scenario's steps, in order (answers by id or label). Steps left over when a
 *   row's call ends early are not an error: that customer took a shorter branch.
 * - `defaults`: per choice its answer (unlisted: the first answer; at a multi choice that one
 *   answer); per field `inputs` (unlisted: the row's value of the field's variable when mapped
 *   and not blank, else the first sample value that passes the field's type and pattern); per
 *   function key its result (unlisted: ok, with no outputs).
 */
export type ActivityPolicy =
  | { kind: "scenario"; steps: readonly ScenarioStep[] }
  | {
      kind: "defaults";
      answers: Readonly<Record<string, string>>;
      inputs?: Readonly<Record<string, string>>;
      results?: Readonly<Record<string, "ok" | "error">>;
    };

export type ActivityOptions = {
  /** System values for every call (agent name, company, ...). */
  system?: Values;
  speech?: SpeechSettings;
  /** How many stuck calls and unreadable cells to give as examples. Default 10. */
  maxExamples?: number;
};

/** Why a call did not reach an exit: an engine error, the scenario's steps ran out, or it went round without end. */
export type StuckCode = RuntimeErrorCode | "outOfAnswers" | "loop";

export type StuckExample = {
  /** 0-based index into the rows (parseCsv's `lines[row]` is its line in the file). */
  row: number;
  /** Where the call stopped. */
  nodeId: string;
  code: StuckCode;
  /** The engine's error, when it refused a step. */
  error?: RuntimeError;
};

/** A cell that does not read as its variable's type (a number, yes/no, an enum option): conditions do not hold for it. */
export type BadValue = { row: number; variable: string; value: string; reason: InvalidReason };

/** Seconds over the calls that reached an exit, nearest-rank percentiles (each a time some call took); all 0 when none did. */
export type Distribution = { count: number; min: number; median: number; p90: number; max: number; mean: number };

export type StageDistribution = Distribution & {
  budgetSeconds: number | null;
  /** Calls that spent more than the budget in this stage. */
  overBudget: number;
};

export type ActivityResult = {
  runs: number;
  /** Calls that reached an exit. */
  ended: number;
  /** Ended calls per outcome; every outcome is listed, in the format's order. */
  outcomes: Record<Outcome, number>;
  /** Ended calls per exit; every exit of the script is listed, in document order. */
  exits: Record<string, number>;
  stuck: { count: number; byCode: Partial<Record<StuckCode, number>>; examples: StuckExample[] };
  badValues: { count: number; examples: BadValue[] };
  /** Per stage id (stage order): time spent there by the ended calls (0 for a call that did not pass it). */
  stageSeconds: Record<string, StageDistribution>;
  totalSeconds: Distribution;
};

/**
 * Runs the script for every row: the mapped cells are the customer record (read as their
 * variables' types by the engine), the policy gives the answers, and each call is walked until
 * it ends or gets stuck. Outcomes, exits and times count the calls that ended; stuck calls are
 * counted by why, with the first few as examples.
 */
export function runActivity(
  script: ScriptDocument,
  rows: readonly (readonly string[])[],
  mapping: Readonly<ColumnMapping>,
  policy: ActivityPolicy,
  options: ActivityOptions = {},
): ActivityResult {
  const program = programFor(script, options.speech);
  const maxExamples = Math.max(0, options.maxExamples ?? 10);
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const exits: Record<string, number> = {};
  for (const node of script.nodes) if (node.kind === "exit") exits[node.id] = 0;
  const stuck: ActivityResult["stuck"] = { count: 0, byCode: {}, examples: [] };
  const badValues: ActivityResult["badValues"] = { count: 0, examples: [] };
  const perStage = new Map<string, number[]>(program.stageIds.map((id) => [id, []]));
  const totals: number[] = [];
  const driver = policy.kind === "defaults" ? defaultsDriver(program, policy, mapping) : null;

  rows.forEach((row, index) => {
    for (const bad of badCells(program, row, mapping, index)) {
      if (badValues.examples.length < maxExamples) badValues.examples.push(bad);
      badValues.count++;
    }
    const customer = customerOf(row, mapping);
    const run =
      policy.kind === "scenario" ? runSteps(script, customer, policy.steps, options) : walk(start(script, customer, { system: options.system, speech: program.speech }), row, driver!);
    if (run.ok) {
      const state = run.state;
      if (state.outcome) outcomes[state.outcome]++;
      exits[state.nodeId] = (exits[state.nodeId] ?? 0) + 1;
      for (const [id, list] of perStage) list.push(state.stageSeconds[id] ?? 0);
      totals.push(state.seconds);
      return;
    }
    stuck.count++;
    stuck.byCode[run.code] = (stuck.byCode[run.code] ?? 0) + 1;
    if (stuck.examples.length < maxExamples) {
      stuck.examples.push({ row: index, nodeId: run.state.nodeId, code: run.code, ...(run.error ? { error: run.error } : {}) });
    }
  });

  const budgets = new Map(script.stages.map((s) => [s.id, s.budgetSeconds]));
  const stageSeconds: Record<string, StageDistribution> = {};
  for (const [id, list] of perStage) {
    const budgetSeconds = budgets.get(id) ?? null;
    const overBudget = budgetSeconds === null ? 0 : list.filter((s) => s > budgetSeconds).length;
    stageSeconds[id] = { ...distribution(list), budgetSeconds, overBudget };
  }
  return { runs: rows.length, ended: totals.length, outcomes, exits, stuck, badValues, stageSeconds, totalSeconds: distribution(totals) };
}

type Run = { ok: true; state: RuntimeState } | { ok: false; state: RuntimeState; code: StuckCode; error?: RuntimeError };

function runSteps(script: ScriptDocument, customer: Values, steps: readonly ScenarioStep[], options: ActivityOptions): Run {
  const result = runScenario(script, { id: "activity", name: "activity", customer, system: options.system, steps: [...steps], expect: {} }, { speech: options.speech });
  if (result.state.status === "ended") return { ok: true, state: result.state };
  const failure = result.failures.find((f) => f.kind === "input-error" || f.kind === "stuck");
  if (failure?.error) return { ok: false, state: result.state, code: failure.error.code, error: failure.error };
  return { ok: false, state: result.state, code: failure?.actual === "loop" ? "loop" : "outOfAnswers" };
}

type Driver = { program: Program; inputFor: (node: ScriptNode, row: readonly string[]) => RuntimeInput; maxSteps: number };

function defaultsDriver(program: Program, policy: Extract<ActivityPolicy, { kind: "defaults" }>, mapping: Readonly<ColumnMapping>): Driver {
  const samples = new Map<string, string>();
  const sampleFor = (node: InputNode): string => {
    let typed = samples.get(node.id);
    if (typed === undefined) {
      typed = firstSample(program, node);
      samples.set(node.id, typed);
    }
    return typed;
  };
  return {
    program,
    // A call of a sound script passes each element a bounded number of times; a default answer
    // that loops back (a "try again" that never succeeds) would go on for ever.
    maxSteps: Math.max(1000, 20 * program.script.nodes.length),
    inputFor(node, row) {
      switch (node.kind) {
        case "choice": {
          const answerId = policy.answers[node.id] ?? node.answers[0]!.id;
          return node.mode === "multi" ? { type: "answers", answerIds: [answerId] } : { type: "answer", answerId };
        }
        case "input": {
          const given = policy.inputs?.[node.id];
          if (given !== undefined) return { type: "input", value: given };
          const column = Object.hasOwn(mapping, node.variable) ? mapping[node.variable] : undefined;
          const cell = column === undefined ? undefined : row[column]?.trim();
          return { type: "input", value: cell ? cell : sampleFor(node) };
        }
        case "action":
          return { type: "result", result: policy.results?.[node.id] ?? "ok" };
        case "statement":
        case "condition":
        case "exit":
          return { type: "next" };
      }
    },
  };
}

/** The first sample value the field accepts; blank for an optional field none fits (the first sample when it is required, so the refusal is reported). */
function firstSample(program: Program, node: InputNode): string {
  const variable = program.variables.get(node.variable);
  const pattern = program.patterns.get(node.id) ?? null;
  const samples = inputSamples(node.inputType, variable, program.script.locale);
  const fits = samples.find((typed) => readInput(node, variable, typed, pattern).ok);
  if (fits !== undefined) return fits;
  return node.required ? (samples[0] ?? "") : "";
}

function walk(initial: RuntimeState, row: readonly string[], driver: Driver): Run {
  let state = initial;
  for (let moves = 0; state.status === "running"; moves++) {
    if (moves >= driver.maxSteps) return { ok: false, state, code: "loop" };
    const node = driver.program.nodes.get(state.nodeId);
    if (!node) return { ok: false, state, code: "unknownNode", error: { code: "unknownNode", params: { nodeId: state.nodeId } } };
    const result = step(state, driver.inputFor(node, row));
    if (!result.ok) return { ok: false, state, code: result.error.code, error: result.error };
    state = result.state;
  }
  return { ok: true, state };
}

function badCells(program: Program, row: readonly string[], mapping: Readonly<ColumnMapping>, index: number): BadValue[] {
  const out: BadValue[] = [];
  for (const [name, column] of Object.entries(mapping)) {
    const variable = program.variables.get(name);
    const cell = row[column];
    if (!variable || cell === undefined) continue;
    const read = coerceValue(variable, cell);
    if (!read.ok) out.push({ row: index, variable: name, value: cell.trim(), reason: read.reason });
  }
  return out;
}

/** Nearest-rank statistics: the p-th percentile is the ⌈p·n⌉-th smallest value. */
export function distribution(values: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0) return { count: 0, min: 0, median: 0, p90: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * n) - 1)]!;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: n, min: sorted[0]!, median: rank(0.5), p90: rank(0.9), max: sorted[n - 1]!, mean: sum / n };
}
