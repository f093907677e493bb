import type { ScriptDocument } from "../../lib/script/document";
import type { Outcome } from "../../lib/script/enums";
import { coverage, type Coverage } from "../../lib/simulate/coverage";
import { scenariosForEveryPath } from "../../lib/simulate/generate-scenarios";
import { runScenario, type ScenarioFailure } from "../../lib/simulate/run-scenario";
import { reportLocale } from "./cli-messages";
import { colorWanted, painter } from "./colors";
import { formatTests, testsJson } from "./format-tests";
import type { CliIo } from "./io";
import { parseCommand } from "./parse-command";
import { readScript } from "./read-input";
import type { CliError } from "./report";
import { simulateMessages, stopCode, type SimulateMessages, type StopReason } from "./simulate-messages";
import { UsageError } from "./usage";

/** The generator's own default cap, as the editor's "a scenario for every path" uses it. */
const GENERATE_CAP = 50;

const OPTIONS = {
  format: { type: "string" },
  locale: { type: "string" },
  generate: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type TestedFailure = ScenarioFailure & { message: string; code: string };

export type TestedScenario = {
  id: string;
  name: string;
  passed: boolean;
  /** Where the run ended (an exit) or stopped. */
  nodeId: string;
  ended: boolean;
  outcome: Outcome | null;
  seconds: number;
  failures: TestedFailure[];
};

export type TestFileReport = {
  file: string;
  valid: boolean;
  errors: CliError[];
  script?: ScriptDocument;
  scenarios: TestedScenario[];
  /** Null when the script has no saved scenarios. */
  coverage: Coverage | null;
  /** --generate: what "a scenario for every path" would make (at most `cap`). */
  generate?: { scenarios: number; skipped: number; paths: number; truncated: boolean; cap: number };
};

/**
 * `huaben test <script.json>...`: runs each script's saved scenarios. Exit 0 when all pass (or
 * there are none), 1 when any fails, 2 for a usage error or a script that cannot be read or is
 * not valid (the other scripts are still tested and reported).
 */
export async function testCommand(args: string[], io: CliIo): Promise<number> {
  const command = parseCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, files, format, locale: chosen } = command;
  const locale = reportLocale(chosen, io.env);
  if (files.length === 0) throw new UsageError("Name at least one script to test.");
  const messages = simulateMessages(locale);

  const reports = await Promise.all(
    files.map(async (file): Promise<TestFileReport> => {
      const read = await readScript(io, file, chosen, locale);
      if (!read.ok) return { file, valid: false, errors: read.errors, scenarios: [], coverage: null };
      return { file, ...testScript(read.document, messages, values.generate ?? false) };
    }),
  );

  if (format === "json") io.stdout.write(`${JSON.stringify(testsJson(reports), null, 2)}\n`);
  else io.stdout.write(formatTests(reports, { paint: painter(colorWanted(io.stdout.isTTY, io.env)), messages }));
  if (reports.some((r) => !r.valid)) return 2;
  return reports.some((r) => r.scenarios.some((s) => !s.passed)) ? 1 : 0;
}

function testScript(script: ScriptDocument, messages: SimulateMessages, generate: boolean): Omit<TestFileReport, "file"> {
  const saved = script.scenarios ?? [];
  const runs = saved.map((scenario) => ({ scenario, result: runScenario(script, scenario) }));
  const scenarios = runs.map(({ scenario, result }): TestedScenario => ({
    id: scenario.id,
    name: scenario.name,
    passed: result.passed,
    nodeId: result.state.nodeId,
    ended: result.state.status === "ended",
    outcome: result.state.outcome,
    seconds: result.state.seconds,
    failures: result.failures.map((f) => ({ ...f, message: failureMessage(f, messages), code: failureCode(f) })),
  }));
  const report: Omit<TestFileReport, "file"> = {
    valid: true,
    errors: [],
    script,
    scenarios,
    coverage: saved.length === 0 ? null : coverage(script, runs.map((r) => r.result.walk)),
  };
  if (generate) {
    const made = scenariosForEveryPath(script, { cap: GENERATE_CAP });
    report.generate = { scenarios: made.scenarios.length, skipped: made.skipped.length, paths: made.paths, truncated: made.truncated, cap: GENERATE_CAP };
  }
  return report;
}

function stuckReason(f: ScenarioFailure): StopReason {
  if (f.error) return f.error;
  if (f.actual === "loop") return { code: "loop", params: { nodeId: f.at.nodeId } };
  return { code: "outOfAnswers", params: { nodeId: f.at.nodeId, expected: String(f.expected ?? "next") } };
}

/** The failure in words: what was expected, what happened, and for a refused answer why. */
export function failureMessage(f: ScenarioFailure, m: SimulateMessages): string {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const outcome = (v: unknown) => (typeof v === "string" ? m.outcome(v as Outcome) : String(v));
  switch (f.kind) {
    case "left-path":
      return m.failure.leftPath(text(f.expected), text(f.actual));
    case "wrong-exit":
      return m.failure.wrongExit(String(f.expected), String(f.actual));
    case "wrong-outcome":
      return m.failure.wrongOutcome(outcome(f.expected), outcome(f.actual));
    case "too-slow":
      return m.failure.tooSlow(m.seconds(Number(f.expected)), m.seconds(Number(f.actual)));
    case "stuck":
      return m.failure.stuck(m.stop(stuckReason(f)));
    case "input-error":
      if (f.error?.code === "ended") return m.failure.extraSteps((f.scenarioStep ?? 0) + 1, f.error.params.nodeId);
      return m.failure.inputError((f.scenarioStep ?? 0) + 1, f.error ? m.stop(f.error) : "");
  }
}

/** The failure's kind, with the engine's code where there is one: `input-error/invalidValue/notPhone`. */
export function failureCode(f: ScenarioFailure): string {
  if (f.kind === "stuck") return `stuck/${stopCode(stuckReason(f))}`;
  if (f.kind === "input-error" && f.error) return `input-error/${stopCode(f.error)}`;
  return f.kind;
}
