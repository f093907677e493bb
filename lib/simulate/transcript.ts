import type { Value, Values } from "../runtime";
import type { ElementKind, Outcome } from "../script/enums";

/** What was given at a step: the answers' labels, the value recorded, or the function key's result. */
export type TranscriptGiven =
  | { type: "next" }
  | { type: "answers"; labels: string[] }
  | { type: "input"; value: Value | null }
  | { type: "result"; result: "ok" | "error"; key: string; outputs?: Values };

export type TranscriptStep = {
  nodeId: string;
  kind: ElementKind;
  /** The element's label, or its id when it has none. */
  label: string;
  /** The stage's name; null for an element without a stage. */
  stage: string | null;
  /** The words as said: variables filled in with their values at that moment. */
  said: string;
  /** Null at an exit, which passes by itself. */
  given: TranscriptGiven | null;
  seconds: number;
};

export type TranscriptValue = { name: string; label: string; value: Value };
export type TranscriptStage = { id: string; name: string; seconds: number; budgetSeconds: number | null };

/** One walk as a record: who was called, each step, the time per stage against its budget, the outcome. */
export type Transcript = {
  title: string;
  customer: TranscriptValue[];
  system: TranscriptValue[];
  /** The elements walked, conditions left out (they say nothing and ask for nothing). */
  steps: TranscriptStep[];
  /** Every stage of the script, in order. */
  stages: TranscriptStage[];
  seconds: number;
  /** Null while the call has not ended. */
  outcome: Outcome | null;
  exitLabel: string | null;
};


/**
 * Every word a transcript is written with, in the reader's language: the formatters hard-code
 * no language. `colon` joins a term and its value ("：" in Chinese, ": " in English).
 */
export type TranscriptLabels = {
  heading: string;
  customer: string;
  system: string;
  steps: string;
  said: string;
  answer: string;
  input: string;
  result: string;
  ok: string;
  error: string;
  outputs: string;
  blank: string;
  yes: string;
  no: string;
  noStage: string;
  stages: string;
  stage: string;
  time: string;
  budget: string;
  noBudget: string;
  over: string;
  total: string;
  outcome: string;
  notEnded: string;
  none: string;
  colon: string;
  outcomes: Readonly<Record<Outcome, string>>;
  /** A duration, e.g. "12.5 s" / "12.5 秒"; given seconds rounded to a tenth. */
  seconds: (seconds: number) => string;
};

const tenth = (seconds: number) => Math.round(seconds * 10) / 10;

function valueText(value: Value | null, labels: TranscriptLabels): string {
  if (value === null) return labels.blank;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  return String(value);
}

function valuesText(values: readonly TranscriptValue[], labels: TranscriptLabels): string {
  return values.length === 0 ? labels.none : values.map((v) => `${v.label} ${valueText(v.value, labels)}`).join(" · ");
}

/** The given part of a step as [term, value], or null for a statement's "next" and an exit. */
function givenLine(given: TranscriptGiven | null, labels: TranscriptLabels): [string, string][] {
  switch (given?.type) {
    case undefined:
    case "next":
      return [];
    case "answers":
      return [[labels.answer, given.labels.join(" · ")]];
    case "input":
      return [[labels.input, valueText(given.value, labels)]];
    case "result": {
      const lines: [string, string][] = [[labels.result, `${given.result === "ok" ? labels.ok : labels.error} (${given.key})`]];
      const outputs = Object.entries(given.outputs ?? {});
      if (outputs.length > 0) lines.push([labels.outputs, outputs.map(([name, v]) => `${name} ${valueText(v, labels)}`).join(" · ")]);
      return lines;
    }
  }
}

function stageTime(stage: TranscriptStage, labels: TranscriptLabels): { time: string; budget: string; over: boolean } {
  const over = stage.budgetSeconds !== null && stage.seconds > stage.budgetSeconds;
  return {
    time: labels.seconds(tenth(stage.seconds)),
    budget: stage.budgetSeconds === null ? labels.noBudget : labels.seconds(stage.budgetSeconds),
    over,
  };
}

function outcomeText(transcript: Transcript, labels: TranscriptLabels): string {
  if (transcript.outcome === null) return labels.notEnded;
  return `${labels.outcomes[transcript.outcome]} (${transcript.exitLabel ?? ""})`;
}

/** Plain text, for pasting into a ticket or a chat: one block per step, then the times and the outcome. */
export function transcriptText(transcript: Transcript, labels: TranscriptLabels): string {
  const c = labels.colon;
  const out: string[] = [
    `${labels.heading}${c}${transcript.title}`,
    `${labels.customer}${c}${valuesText(transcript.customer, labels)}`,
  ];
  if (transcript.system.length > 0) out.push(`${labels.system}${c}${valuesText(transcript.system, labels)}`);
  out.push("", labels.steps);
  transcript.steps.forEach((s, i) => {
    out.push(`${i + 1}. [${s.stage ?? labels.noStage}] ${s.label} · ${labels.seconds(tenth(s.seconds))}`);
    if (s.said) out.push(`   ${labels.said}${c}${s.said.replace(/\s*\n\s*/g, " ")}`);
    for (const [term, value] of givenLine(s.given, labels)) out.push(`   ${term}${c}${value}`);
  });
  out.push("", labels.stages);
  for (const stage of transcript.stages) {
    const { time, budget, over } = stageTime(stage, labels);
    out.push(`   ${stage.name}${c}${time} / ${budget}${over ? ` (${labels.over})` : ""}`);
  }
  out.push(`${labels.total}${c}${labels.seconds(tenth(transcript.seconds))}`, `${labels.outcome}${c}${outcomeText(transcript, labels)}`);
  return out.join("\n") + "\n";
}

// Characters that would start Markdown formatting inside running text.
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);

/** Markdown, for a review or a wiki: a heading per step with the words quoted, a table of times per stage. */
export function transcriptMarkdown(transcript: Transcript, labels: TranscriptLabels): string {
  const c = labels.colon;
  const e = escapeMarkdown;
  const out: string[] = [
    `# ${labels.heading}${c}${e(transcript.title)}`,
    "",
    `- **${labels.customer}**${c}${e(valuesText(transcript.customer, labels))}`,
  ];
  if (transcript.system.length > 0) out.push(`- **${labels.system}**${c}${e(valuesText(transcript.system, labels))}`);
  out.push(`- **${labels.outcome}**${c}${e(outcomeText(transcript, labels))}`, `- **${labels.total}**${c}${labels.seconds(tenth(transcript.seconds))}`);
  out.push("", `## ${labels.steps}`);
  transcript.steps.forEach((s, i) => {
    out.push("", `### ${i + 1}. ${e(s.label)} · ${e(s.stage ?? labels.noStage)} · ${labels.seconds(tenth(s.seconds))}`);
    if (s.said) out.push("", ...s.said.split(/\r?\n/).map((line) => `> ${e(line)}`));
    const given = givenLine(s.given, labels);
    if (given.length > 0) out.push("", ...given.map(([term, value]) => `- **${term}**${c}${e(value)}`));
  });
  out.push("", `## ${labels.stages}`, "", `| ${labels.stage} | ${labels.time} | ${labels.budget} |`, "| --- | ---: | ---: |");
  for (const stage of transcript.stages) {
    const { time, budget, over } = stageTime(stage, labels);
    out.push(`| ${e(stage.name)} | ${over ? `**${time}** (${labels.over})` : time} | ${budget} |`);
  }
  out.push(`| **${labels.total}** | **${labels.seconds(tenth(transcript.seconds))}** | |`);
  return out.join("\n") + "\n";
}
