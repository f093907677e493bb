import { evaluateRules } from "../runtime/conditions";
import { programFor, type Program } from "../runtime/program";
import { readInput } from "../runtime/read-input";
import type { Value, Values } from "../runtime/types";
import { rulesOf, type ConditionRule } from "../script/condition";
import type { ScriptDocument } from "../script/document";
import type { InputNode } from "../script/nodes";
import type { SpeechSettings } from "../speech/settings";
import { edgeId } from "./edge-id";
import type { ScriptPath } from "./paths";
import { displaySample, inputSamples, rulesByVariable, valueCandidates } from "./sample-values";
import type { Scenario, ScenarioStep } from "./scenario-schema";

/**
 * Where a variable's value at some point of a walk comes from: the start (customer or system
 * values), an input typed at walk position `at`, or a function key's outputs at `at`.
 */
type Slot =
  | { kind: "start"; name: string }
  | { kind: "input"; name: string; at: number; node: InputNode }
  | { kind: "output"; name: string; at: number };

/** A typed value and, for an input, the text typed to get it. */
type Choice = { value: Value | undefined; typed?: string };

export type Planned = { ok: true; scenario: Omit<Scenario, "id" | "name"> } | { ok: false; reason: "unsatisfiable" | "noSample"; nodeId: string };

// More combinations than this for one condition is beyond this planner; the path is skipped.
const MAX_COMBINATIONS = 20_000;

/**
 * The inputs that walk one path: each choice answered with the path's answer, each function key
 * given the path's result, each field a value that passes its checks; and values for the
 * variables the path's conditions read (customer and system values at the start, a field's typed
 * value, a function key's outputs) chosen so that each condition takes the path's branch. The
 * values are fixed condition by condition along the walk, trying the values the script's rules
 * compare with first; a condition no remaining choice satisfies makes the path unsatisfiable.
 */
export function planPath(script: ScriptDocument, path: ScriptPath, speech?: SpeechSettings): Planned {
  const program = programFor(script, speech);
  const rules = rulesByVariable(script);
  const ports = portsOf(script, path);
  const fixed = new Map<string, Choice>(); // by slot key
  const defaults = new Map<string, Choice>(); // an input's value when no condition cares
  const writer = new Map<string, Slot>(); // the latest slot of each variable along the walk
  const slotKey = (slot: Slot) => (slot.kind === "start" ? `start:${slot.name}` : `${slot.at}:${slot.name}`);
  const slotOf = (name: string): Slot => writer.get(name) ?? { kind: "start", name };

  for (let at = 0; at < path.nodeIds.length - 1; at++) {
    const node = program.nodes.get(path.nodeIds[at]!);
    if (!node) return { ok: false, reason: "unsatisfiable", nodeId: path.nodeIds[at]! };
    if (node.kind === "input") {
      const slot: Slot = { kind: "input", name: node.variable, at, node };
      const choices = domain(program, rules, slot);
      if (choices.length === 0) return { ok: false, reason: "noSample", nodeId: node.id };
      defaults.set(slotKey(slot), choices[0]!);
      writer.set(node.variable, slot);
    } else if (node.kind === "action") {
      for (const name of node.outputs ?? []) writer.set(name, { kind: "output", name, at });
    } else if (node.kind === "condition") {
      const wanted = ports[at] === "true";
      const names = [...new Set(rulesOf(node.rules).map((r) => r.var))];
      const slots = names.map(slotOf);
      const open = slots.filter((s) => !fixed.has(slotKey(s)));
      const domains = open.map((s) => domain(program, rules, s));
      const values: Values = {};
      const put = (name: string, choice: Choice) => {
        if (choice.value === undefined) delete values[name];
        else values[name] = choice.value;
      };
      slots.forEach((s, i) => {
        const known = fixed.get(slotKey(s));
        if (known) put(names[i]!, known);
      });
      const found = search(domains, (pick) => {
        open.forEach((s, i) => put(s.name, pick[i]!));
        return evaluateRules(node.rules, values, program.variables) === wanted;
      });
      if (!found) return { ok: false, reason: "unsatisfiable", nodeId: node.id };
      open.forEach((s, i) => fixed.set(slotKey(s), found[i]!));
    }
  }
  return { ok: true, scenario: build(script, program, path, ports, fixed, defaults) };
}

/** What a slot can be set to. A start slot of an input variable holds nothing: the agent fills it. */
function domain(program: Program, rules: ReadonlyMap<string, ConditionRule[]>, slot: Slot): Choice[] {
  const variable = program.variables.get(slot.name);
  const locale = program.script.locale;
  const typedValues = valueCandidates(variable, rules.get(slot.name) ?? [], locale);
  if (slot.kind === "start") {
    if (!variable || variable.source === "input") return [{ value: undefined }];
    return typedValues.map((value) => ({ value }));
  }
  if (slot.kind === "output") return typedValues.map((value) => ({ value }));
  // An input: texts that pass the field's type and pattern, and what they store.
  const texts = [...inputSamples(slot.node.inputType, variable, locale), ...typedValues.flatMap((v) => (v === undefined ? [] : [String(v)]))];
  if (!slot.node.required) texts.push("");
  const pattern = program.patterns.get(slot.node.id) ?? null;
  const out: Choice[] = [];
  const seen = new Set<string>();
  for (const typed of texts) {
    if (seen.has(typed)) continue;
    seen.add(typed);
    const read = readInput(slot.node, variable, typed, pattern);
    if (read.ok) out.push({ value: read.value ?? undefined, typed });
  }
  return out;
}

/** The first combination (one choice per domain, in order) that `holds`; null when none does. */
function search(domains: Choice[][], holds: (pick: Choice[]) => boolean): Choice[] | null {
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total === 0 || total > MAX_COMBINATIONS) return null;
  const pick: Choice[] = new Array(domains.length);
  for (let k = 0; k < total; k++) {
    let rest = k;
    for (let i = domains.length - 1; i >= 0; i--) {
      const d = domains[i]!;
      pick[i] = d[rest % d.length]!;
      rest = Math.floor(rest / d.length);
    }
    if (holds(pick)) return [...pick];
  }
  return null;
}

function build(script: ScriptDocument, program: Program, path: ScriptPath, ports: readonly string[], fixed: Map<string, Choice>, defaults: Map<string, Choice>): Omit<Scenario, "id" | "name"> {
  const customer: Values = {};
  const system: Values = {};
  // Variables a function key sets get their sample from that key (when it succeeds), not at the start.
  const outputs = new Set(script.nodes.flatMap((n) => (n.kind === "action" ? (n.outputs ?? []) : [])));
  for (const variable of script.variables) {
    if (variable.source === "input") continue;
    const chosen = fixed.get(`start:${variable.name}`);
    if (!chosen && outputs.has(variable.name)) continue;
    const value = chosen ? chosen.value : displaySample(variable, script.locale);
    if (value === undefined) continue;
    (variable.source === "customer" ? customer : system)[variable.name] = value;
  }
  const steps: ScenarioStep[] = [];
  for (let at = 0; at < path.nodeIds.length - 1; at++) {
    const node = program.nodes.get(path.nodeIds[at]!)!;
    const port = ports[at]!;
    switch (node.kind) {
      case "choice":
        steps.push(node.mode === "multi" ? { type: "answers", answers: [port] } : { type: "answer", answer: port });
        break;
      case "input": {
        const key = `${at}:${node.variable}`;
        steps.push({ type: "input", value: (fixed.get(key) ?? defaults.get(key))?.typed ?? "" });
        break;
      }
      case "action": {
        const given: Values = {};
        for (const name of node.outputs ?? []) {
          const chosen = fixed.get(`${at}:${name}`);
          const variable = program.variables.get(name);
          // "" clears the variable: the way to say "the system returned nothing". An output no
          // condition reads gets a sample when the key succeeds, so the words after it read well.
          if (chosen) given[name] = chosen.value ?? "";
          else if (port === "ok" && variable) given[name] = displaySample(variable, script.locale);
        }
        const result = port === "error" ? "error" : "ok";
        steps.push(Object.keys(given).length > 0 ? { type: "result", result, outputs: given } : { type: "result", result });
        break;
      }
      case "statement":
      case "condition":
      case "exit":
        break;
    }
  }
  const expect = { exitId: path.exitId, outcome: path.outcome, path: [...path.nodeIds] };
  return Object.keys(system).length > 0 ? { customer, system, steps, expect } : { customer, steps, expect };
}

/** The port left at each element of the path, read back from its edge ids. */
function portsOf(script: ScriptDocument, path: ScriptPath): string[] {
  const byId = new Map(script.edges.map((e) => [edgeId(e.from, e.port), e.port]));
  return path.edges.map((id) => byId.get(id) ?? "");
}
