import type { ScriptNode } from "../script/nodes";
import { programFor } from "./program";
import type { InputType, RuntimeState } from "./types";

/** The element the call is at (the exit once ended); undefined only for a broken script. */
export function currentNode(state: RuntimeState): ScriptNode | undefined {
  return programFor(state.script, state.speech).nodes.get(state.nodeId);
}

/** The inputs `step` accepts now: none once the call has ended. */
export function expectedInputs(state: RuntimeState): InputType[] {
  if (state.status === "ended") return [];
  const node = currentNode(state);
  switch (node?.kind) {
    case "statement":
    case "condition":
      return ["next"];
    case "choice":
      return node.mode === "multi" ? ["answers", "answer"] : ["answer"];
    case "input":
      return ["input"];
    case "action":
      return ["result"];
    case "exit":
    case undefined:
      return [];
  }
}
