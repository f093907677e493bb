import type { ScriptDocument } from "../script/document";
import { defaultSpeech, programFor } from "./program";
import type { RuntimeOptions, RuntimeState, Values } from "./types";
import { coerceRecord } from "./values";
import { arrive, stateOf, type Draft } from "./walk";

/**
 * A new call of `script` for one customer, at the entry (or past it, when the entry is a
 * condition). `customer` holds customer-variable values and `options.system` system values; both
 * are read as their variables' types ("100" → 100 for a number), blank values are dropped and
 * names the script does not declare are ignored. Never throws.
 */
export function start(script: ScriptDocument, customer: Readonly<Values> = {}, options: RuntimeOptions = {}): RuntimeState {
  const speech = options.speech ?? defaultSpeech(script);
  const program = programFor(script, speech);
  const given = { customer: coerceRecord(program.variables, customer), system: coerceRecord(program.variables, options.system) };
  const stageSeconds: Record<string, number> = {};
  for (const id of program.stageIds) stageSeconds[id] = 0;
  const draft: Draft = {
    nodeId: script.entry,
    ended: false,
    outcome: null,
    variables: { ...given.customer, ...given.system },
    steps: [],
    stageSeconds,
    seconds: 0,
  };
  // A start cannot fail: should the entry be a condition without a flow, the call waits there and
  // the first step reports it.
  arrive(program, draft, script.entry);
  return stateOf(program, given, draft);
}

/** The same call from the beginning: same script, customer, system values and speaking rates. */
export function restart(state: RuntimeState): RuntimeState {
  return start(state.script, state.given.customer, { system: state.given.system, speech: state.speech });
}
