import type { RuntimeInput, RuntimeState } from "../runtime/types";
import type { ScriptDocument } from "../script/document";
import type { Scenario, ScenarioStep } from "./scenario-schema";

/** At most this many scenarios per script (the document schema's bound). */
export const MAX_SCENARIOS = 500;

/**
 * The scenarios that are new to the document (by id) and those already present (or repeated in
 * the list itself, or beyond MAX_SCENARIOS), so the caller can say how many were added and skipped.
 */
export function partitionScenarios(doc: Pick<ScriptDocument, "scenarios">, scenarios: readonly Scenario[]): { fresh: Scenario[]; skipped: Scenario[] } {
  const ids = new Set((doc.scenarios ?? []).map((s) => s.id));
  const room = Math.max(0, MAX_SCENARIOS - ids.size);
  const fresh: Scenario[] = [];
  const skipped: Scenario[] = [];
  for (const scenario of scenarios) {
    if (ids.has(scenario.id) || fresh.length >= room) {
      skipped.push(scenario);
      continue;
    }
    ids.add(scenario.id);
    fresh.push(scenario);
  }
  return { fresh, skipped };
}

/** Saves scenarios at the end of the document's list, skipping ids already present. */
export function addScenarios(doc: ScriptDocument, args: { scenarios: readonly Scenario[] }): ScriptDocument {
  const { fresh } = partitionScenarios(doc, args.scenarios);
  if (fresh.length === 0) return doc;
  return { ...doc, scenarios: [...(doc.scenarios ?? []), ...fresh] };
}

/** Deletes one saved scenario; the document stays the same when there is none with that id. */
export function removeScenario(doc: ScriptDocument, args: { id: string }): ScriptDocument {
  const scenarios = doc.scenarios ?? [];
  if (!scenarios.some((s) => s.id === args.id)) return doc;
  return { ...doc, scenarios: scenarios.filter((s) => s.id !== args.id) };
}

/** An id of the form `<prefix>-<n>` that no saved scenario has yet (n from 1). */
export function freshScenarioId(doc: Pick<ScriptDocument, "scenarios">, prefix = "walk"): string {
  const ids = new Set((doc.scenarios ?? []).map((s) => s.id));
  let n = 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * A walk of the player as a scenario: its customer and system values, what was given where the
 * call asked (statements' "next" left out: the runner passes them by itself), and what came of it
 * (the exit, its outcome and every element walked, the exit included). Null while the call has
 * not ended, since such a scenario could only fail.
 */
export function scenarioFromWalk(state: Pick<RuntimeState, "given" | "steps" | "status" | "nodeId" | "outcome">, meta: { id: string; name: string }): Scenario | null {
  if (state.status !== "ended") return null;
  const steps: ScenarioStep[] = [];
  for (const s of state.steps) {
    const given = s.input ? scenarioStepOf(s.input) : null;
    if (given) steps.push(given);
  }
  const system = state.given.system;
  return {
    id: meta.id,
    name: meta.name.trim().slice(0, 120) || meta.id,
    customer: { ...state.given.customer },
    ...(Object.keys(system).length > 0 ? { system: { ...system } } : {}),
    steps,
    expect: {
      exitId: state.nodeId,
      ...(state.outcome ? { outcome: state.outcome } : {}),
      path: state.steps.map((s) => s.nodeId),
    },
  };
}

function scenarioStepOf(input: RuntimeInput): ScenarioStep | null {
  switch (input.type) {
    case "next":
      return null;
    case "answer":
      return { type: "answer", answer: input.answerId };
    case "answers":
      return { type: "answers", answers: [...input.answerIds] };
    case "input":
      return { type: "input", value: input.value };
    case "result":
      return input.outputs ? { type: "result", result: input.result, outputs: { ...input.outputs } } : { type: "result", result: input.result };
  }
}
