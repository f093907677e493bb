// The rules written in code (graph and timing analyses). A pack entry of kind "check" names one
// of these; the registry in ./registry.ts is an exhaustive map over this list.
export const CHECK_IDS = [
  "single-entry",
  "unreachable",
  "dead-end",
  "unconnected-port",
  "duplicate-answer",
  "exit-unreached",
  "trap-loop",
  "undefined-variable",
  "unset-variable",
  "empty-text",
  "no-stage",
  "stage-backwards",
  "unused-suppression",
  "stale-suppression",
  "stage-budget",
  "call-length",
  "milestone",
  "pitch-sentences",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
