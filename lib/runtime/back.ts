import type { RuntimeState } from "./types";
import { restart } from "./start";
import { step } from "./step";

/**
 * The call as it was before the last input: replayed from the start with every recorded input
 * but the last, so the result is exactly the state that input was given in (conditions passed
 * and an exit reached on the way are undone with it). At the start, the state itself.
 */
export function back(state: RuntimeState): RuntimeState {
  const inputs = state.steps.flatMap((s) => (s.input ? [s.input] : []));
  if (inputs.length === 0) return state;
  let current = restart(state);
  for (const input of inputs.slice(0, -1)) {
    const result = step(current, input);
    if (!result.ok) break; // cannot happen for inputs the engine recorded itself
    current = result.state;
  }
  return current;
}
