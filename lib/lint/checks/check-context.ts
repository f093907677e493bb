import type { z } from "zod";
import type { SpeechSettings } from "../../speech/settings";
import type { Finding, Severity } from "../finding";
import type { ScriptIndex } from "../analysis/script-index";
import type { NodeFacts } from "../node-facts";
import type { TimingAnalysis } from "../analysis/timing";

/** What a check reports; the engine adds the rule id, category, severity and rendered message. */
export type Report = Omit<Finding, "ruleId" | "category" | "severity" | "message" | "params"> & {
  params?: Record<string, string | number>;
  /** Picks one of the rule's `messages` instead of its `message`. */
  variant?: string;
  severity?: Severity;
};

export type CheckContext<O> = {
  index: ScriptIndex;
  facts(i: number): NodeFacts;
  timing(): TimingAnalysis;
  speech: SpeechSettings;
  options: O;
  /** A short human name of an element for messages: its label, else the start of its text, else its id. */
  name(i: number): string;
  /** "a → b → c" from node positions or ids, for messages that name a walk. */
  describeWalk(walk: readonly (number | string)[]): string;
  report(finding: Report): void;
};

export type CheckDefinition<O = Record<string, never>> = {
  options: z.ZodType<O>;
  run(ctx: CheckContext<O>): void;
  /**
   * The check decides from the graph alone (ids, kinds, answers, stages, flows: what the index
   * holds) and reads words only through facts(), name() and describeWalk(). Then, while only words
   * change, the linter reuses its last reports unless an element it read was edited. A check that
   * reads anything else (variables, options of other rules, node fields outside the graph) must
   * not set this.
   */
  shapeOnly?: true;
};
