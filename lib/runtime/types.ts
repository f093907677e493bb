import type { ScriptDocument } from "../script/document";
import type { ElementKind, Outcome } from "../script/enums";
import type { SpeechSettings } from "../speech/settings";

/** A variable's value: text (also phone, email, ISO date, an enum option), a number or yes/no. */
export type Value = string | number | boolean;
/** Variables by name; a variable without a value is absent (never null or ""). */
export type Values = Record<string, Value>;

/** What the agent (or the agent system) does at the current element. */
export type RuntimeInput =
  | { type: "next" }
  | { type: "answer"; answerId: string }
  | { type: "answers"; answerIds: string[] }
  | { type: "input"; value: string }
  | { type: "result"; result: "ok" | "error"; outputs?: Values };

export type InputType = RuntimeInput["type"];

/** One element walked: where, how long it took, and what was given there. */
export type WalkStep = {
  nodeId: string;
  kind: ElementKind;
  /** The stage the time counts in: the element's own; an exit's closing words count in the last stage. */
  stageId: string | null;
  /** Speaking time, plus the customer's reply at a choice and the system's time at a function key. */
  seconds: number;
  /** The output the walk left by; absent at an exit. */
  port?: string;
  /** What was given here (absent for conditions and exits, which the engine passes by itself). */
  input?: RuntimeInput;
  /** At a choice: the labels of the chosen answers, in the choice's order. */
  labels?: string[];
  /** At an input: the value stored, or null when an optional field was left blank. */
  value?: Value | null;
};

export type RuntimeStatus = "running" | "ended";

/**
 * One call in progress. Plain JSON: it carries the script it runs (by reference: nothing is
 * copied), so it can be stored and resumed, and `step` needs nothing else.
 */
export type RuntimeState = {
  script: ScriptDocument;
  speech: SpeechSettings;
  /** The values `start` was given, for `restart` and `back`. */
  given: { customer: Values; system: Values };
  /** The current element: awaiting input while running; the exit once ended. */
  nodeId: string;
  status: RuntimeStatus;
  /** The exit's outcome once ended. */
  outcome: Outcome | null;
  /** The current element's words with {{variables}} filled in ("" when it has none). */
  text: string;
  variables: Values;
  steps: WalkStep[];
  /** Seconds per stage id, every stage of the script listed (in stage order), 0 until walked. */
  stageSeconds: Record<string, number>;
  /** Seconds of the whole walk so far. */
  seconds: number;
};

export type InvalidReason =
  | "required"
  | "notNumber"
  | "notBoolean"
  | "notPhone"
  | "notDate"
  | "notEmail"
  | "notOption"
  | "patternMismatch";

/** Why a step was refused: a message code with parameters, never a sentence. */
export type RuntimeError =
  | { code: "ended"; params: { nodeId: string } }
  | { code: "wrongInput"; params: { nodeId: string; kind: ElementKind; expected: InputType[]; got: string } }
  | { code: "unknownAnswer"; params: { nodeId: string; answerId: string } }
  | { code: "noAnswer"; params: { nodeId: string } }
  | {
      code: "invalidValue";
      params: { nodeId: string; variable: string; reason: InvalidReason; value: string; options?: string[]; pattern?: string };
    }
  | { code: "unknownOutput"; params: { nodeId: string; variable: string } }
  | { code: "noFlow"; params: { nodeId: string; port: string } }
  | { code: "conditionLoop"; params: { nodeId: string } }
  | { code: "unknownNode"; params: { nodeId: string } };

export type RuntimeErrorCode = RuntimeError["code"];

export type StepResult = { ok: true; state: RuntimeState } | { ok: false; error: RuntimeError };

export type RuntimeOptions = {
  /** Values of system variables (agent name, company name, ...). */
  system?: Values;
  /**
   * Speaking rates. Default: the built-in rates with the script's own overrides (`lint.speech`);
   * pass the linter's resolved settings (workspace and family layers too) to match its clock.
   */
  speech?: SpeechSettings;
};
