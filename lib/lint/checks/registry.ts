import { z } from "zod";
import type { CheckDefinition } from "./check-context";
import type { CheckId } from "./check-ids";
import { deadEnd, exitUnreached, singleEntry, stageBackwards, trapLoop, unconnectedPort, unreachable } from "./structure-graph";
import { duplicateAnswer, emptyText, noStage, undefinedVariable, unsetVariable } from "./structure-content";
import { callLength, milestone, pitchSentences, stageBudget } from "./timing";

// Suppression hygiene needs every other finding first, so the engine runs it itself; the registry
// entries only declare that the rules exist and take no options.
const afterAll: CheckDefinition = { options: z.strictObject({}), run: () => undefined };

// Exhaustive over CHECK_IDS: a new check id does not compile until it has an implementation.
export const CHECKS: { [K in CheckId]: CheckDefinition<unknown> } = {
  "single-entry": singleEntry,
  unreachable,
  "dead-end": deadEnd,
  "unconnected-port": unconnectedPort,
  "duplicate-answer": duplicateAnswer,
  "exit-unreached": exitUnreached,
  "trap-loop": trapLoop,
  "undefined-variable": undefinedVariable,
  "unset-variable": unsetVariable,
  "empty-text": emptyText,
  "no-stage": noStage,
  "stage-backwards": stageBackwards,
  "unused-suppression": afterAll,
  "stale-suppression": afterAll,
  "stage-budget": stageBudget,
  "call-length": callLength,
  milestone,
  "pitch-sentences": pitchSentences,
};
