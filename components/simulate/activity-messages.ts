import type { ScriptDocument } from "@/lib/script/document";
import { OUTCOMES, type Outcome } from "@/lib/script/enums";
import type { ActivityResult, MappingError, StuckExample } from "@/lib/simulate/activity";
import type { CsvError, DecodeError } from "@/lib/simulate/activity-csv";
import type { Translate } from "@/lib/i18n/translator";
import { describeRuntimeError } from "./error-message";

const MB = 1024 * 1024;

/** Megabytes with one decimal at most (10 MiB → "10", 10.5 MiB → "10.5"). */
export function megabytes(bytes: number): string {
  return String(Math.round((bytes / MB) * 10) / 10);
}

/** A CSV file's decoding or parsing error as a sentence of the `simulate.activity` catalogue. */
export function describeCsvError(t: Translate, error: DecodeError | CsvError): string {
  switch (error.code) {
    case "tooLarge":
      return t("simulate.activity.csvErrors.tooLarge", { size: megabytes(error.params.bytes), limit: megabytes(error.params.limit) });
    case "badEncoding":
      return t(`simulate.activity.csvErrors.${error.params.reason}`);
    case "empty":
      return t("simulate.activity.csvErrors.empty");
    case "noHeader":
      return t("simulate.activity.csvErrors.noHeader");
    case "raggedRow":
      return t("simulate.activity.csvErrors.raggedRow", error.params);
    case "unclosedQuote":
      return t("simulate.activity.csvErrors.unclosedQuote", error.params);
    case "badQuote":
      return t("simulate.activity.csvErrors.badQuote", error.params);
  }
}

/** A mapping error as a sentence; variables are named by their label (else name). */
export function describeMappingError(t: Translate, error: MappingError, doc: Pick<ScriptDocument, "variables">): string {
  const label = (name: string) => doc.variables.find((v) => v.name === name)?.label || name;
  switch (error.code) {
    case "missingColumns":
      return t("simulate.activity.mapping.missingColumns", { labels: error.params.variables.map(label).join("、") });
    case "unknownVariable":
      return t("simulate.activity.mapping.unknownVariable", { variable: error.params.variable });
    case "unknownColumn":
      return t("simulate.activity.mapping.unknownColumn", { variable: label(error.params.variable) });
  }
}

/**
 * Why a call of the activity got stuck, as a sentence: the engine's error (every engine code
 * comes with its error), else the activity's own codes (a loop, the scenario's answers ran out).
 */
export function describeStuck(t: Translate, example: StuckExample, doc: Pick<ScriptDocument, "nodes" | "variables">): string {
  if (example.error) return describeRuntimeError(t, example.error, doc);
  return example.code === "loop" ? t("simulate.activity.results.loop") : t("simulate.activity.results.outOfAnswers");
}

export type OutcomeBar = { outcome: Outcome; count: number; percent: number };

/**
 * One bar per outcome that some call ended with (every outcome when none ended), in the format's
 * order; `percent` of the calls that ended, rounded to one decimal.
 */
export function outcomeBars(result: Pick<ActivityResult, "outcomes" | "ended">): OutcomeBar[] {
  const all = OUTCOMES.map((outcome) => {
    const count = result.outcomes[outcome];
    return { outcome, count, percent: result.ended === 0 ? 0 : Math.round((count / result.ended) * 1000) / 10 };
  });
  const used = all.filter((b) => b.count > 0);
  return used.length > 0 ? used : all;
}

/** Seconds as shown in the tables: one decimal at most. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
