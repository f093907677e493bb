import { start, step, type RuntimeError, type RuntimeInput, type RuntimeState, type Values } from "../runtime";
import type { ScriptDocument } from "../script/document";
import type { SpeechSettings } from "../speech/settings";

export type Replayed = {
  state: RuntimeState;
  /** How many of the inputs were taken; fewer than given when one was refused. */
  applied: number;
  /** Why the first refused input was refused; null when all were taken. */
  error: RuntimeError | null;
};

/**
 * A call started for a customer and given the inputs in order, stopping at the first input the
 * engine refuses. The player keeps a walk as its start values and inputs, so a walk follows the
 * script as it is edited (an answer that no longer exists ends the replay there), and `back` is
 * simply one input fewer.
 */
export function replay(
  script: ScriptDocument,
  given: { customer: Readonly<Values>; system?: Readonly<Values> },
  inputs: readonly RuntimeInput[],
  options: { speech?: SpeechSettings } = {},
): Replayed {
  let state = start(script, given.customer, { system: given.system, speech: options.speech });
  let applied = 0;
  for (const input of inputs) {
    const result = step(state, input);
    if (!result.ok) return { state, applied, error: result.error };
    state = result.state;
    applied++;
  }
  return { state, applied, error: null };
}
