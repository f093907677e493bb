import type { ScriptDocument } from "@/lib/script/document";
import { OUTCOMES, type Outcome } from "@/lib/script/enums";
import type { ScenarioFailure } from "@/lib/simulate/run-scenario";
import type { Translate } from "@/lib/i18n/translator";
import { describeRuntimeError } from "./error-message";

const INPUT_KINDS = ["answer", "answers", "input", "result", "next"] as const;
type InputKind = (typeof INPUT_KINDS)[number];

/**
 * Where and how a scenario run left what it expected, as a sentence in the reader's language:
 * the failure's kind, the step (counted from 1), the element by its label (else id), and what was
 * expected against what happened.
 */
export function describeFailure(t: Translate, failure: ScenarioFailure, doc: Pick<ScriptDocument, "nodes" | "variables">): string {
  const name = (id: unknown) => {
    if (typeof id !== "string") return "";
    return doc.nodes.find((n) => n.id === id)?.label || id;
  };
  const outcome = (o: unknown) => (OUTCOMES.includes(o as Outcome) ? t(`outcomes.${o as Outcome}`) : String(o ?? "—"));
  const step = failure.at.step + 1;
  const node = name(failure.at.nodeId);
  const k = "simulate.scenarios.failure";
  switch (failure.kind) {
    case "left-path":
      if (failure.expected === null) return t(`${k}.pastPath`, { step, actual: name(failure.actual) });
      if (failure.actual === null) return t(`${k}.shortOfPath`, { step, node, expected: name(failure.expected) });
      return t(`${k}.leftPath`, { step, expected: name(failure.expected), actual: name(failure.actual) });
    case "wrong-exit":
      return t(`${k}.wrongExit`, { expected: name(failure.expected), actual: name(failure.actual) });
    case "wrong-outcome":
      return t(`${k}.wrongOutcome`, { expected: outcome(failure.expected), actual: outcome(failure.actual) });
    case "too-slow":
      return t(`${k}.tooSlow`, { expected: Number(failure.expected), actual: Math.round(Number(failure.actual) * 10) / 10 });
    case "stuck": {
      if (failure.error) return t(`${k}.stuckError`, { step, node, error: describeRuntimeError(t, failure.error, doc) });
      if (failure.actual === "loop") return t(`${k}.loop`, { step, node });
      const wanted: InputKind = INPUT_KINDS.includes(failure.expected as InputKind) ? (failure.expected as InputKind) : "next";
      return t(`${k}.outOfSteps`, { step, node, expected: t(`${k}.inputKinds.${wanted}`) });
    }
    case "input-error": {
      const given = (failure.scenarioStep ?? 0) + 1;
      if (!failure.error || failure.error.code === "ended") return t(`${k}.leftOver`, { given, node });
      return t(`${k}.refused`, { given, step, node, error: describeRuntimeError(t, failure.error, doc) });
    }
  }
}
