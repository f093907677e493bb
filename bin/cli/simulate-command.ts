import type { Values } from "../../lib/runtime/types";
import type { ScriptDocument } from "../../lib/script/document";
import type { Locale } from "../../lib/script/enums";
import { cliMessages, reportLocale } from "./cli-messages";
import { colorWanted, painter } from "./colors";
import { formatSimulation, simulationJson } from "./format-simulation";
import type { CliIo } from "./io";
import { parseCommand } from "./parse-command";
import { parseAnswers, parseCustomer, type Answers, type Parsed } from "./read-answers";
import { readScript, readText } from "./read-input";
import { simulateMessages } from "./simulate-messages";
import { simulateWalk } from "./simulate-walk";
import { UsageError } from "./usage";

const OPTIONS = {
  answers: { type: "string" },
  scenario: { type: "string" },
  customer: { type: "string" },
  format: { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * `huaben simulate <script.json> --answers <file>`: one walk through the script, printed. Exit 0
 * when it reaches an exit, 1 when it gets stuck (a refused answer, the answers run out, a broken
 * flow), 2 for a usage error or a file that cannot be read or is not valid.
 */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const command = parseCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, files, format, locale: chosen } = command;
  const locale = reportLocale(chosen, io.env);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "Name the script to simulate." : "Simulate one script at a time.");
  if ((values.answers === undefined) === (values.scenario === undefined)) {
    throw new UsageError("Give the answers: --answers <file.json>, or --scenario <id> for one the script has saved.");
  }
  const file = files[0]!;
  const read = await readScript(io, file, chosen, locale);
  if (!read.ok) return fail(io, `${file} cannot be simulated:\n${read.errors.map((e) => `  ${e.path === null ? "" : `${e.path}  `}${e.message}`).join("\n")}`);
  const script = read.document;

  let answers: Answers;
  if (values.scenario !== undefined) {
    const saved = script.scenarios?.find((s) => s.id === values.scenario);
    if (!saved) return fail(io, `${file} has no saved scenario “${values.scenario}”${savedIds(script)}.`);
    answers = saved;
  } else {
    const parsed = await readJsonFile(io, values.answers!, parseAnswers, locale);
    if (!parsed.ok) return fail(io, parsed.message);
    answers = parsed.value;
  }
  let customer: Values = answers.customer ?? script.targetGroup.sample?.[0] ?? {};
  if (values.customer !== undefined) {
    const parsed = await readJsonFile(io, values.customer, parseCustomer, locale);
    if (!parsed.ok) return fail(io, parsed.message);
    customer = parsed.value;
  }

  const simulation = simulateWalk(script, customer, answers.system, answers.steps);
  const report = { file, script, customer, answers: answers.steps, simulation };
  const messages = simulateMessages(locale);
  if (format === "json") io.stdout.write(`${JSON.stringify(simulationJson(report, messages), null, 2)}\n`);
  else io.stdout.write(formatSimulation(report, { paint: painter(colorWanted(io.stdout.isTTY, io.env)), messages }));
  return simulation.stop ? 1 : 0;
}

/** A problem with the files given (not the walk): on stderr, exit code 2. */
function fail(io: CliIo, message: string): number {
  io.stderr.write(`huaben: ${message}\n`);
  return 2;
}

function savedIds(script: ScriptDocument): string {
  const ids = (script.scenarios ?? []).map((s) => s.id);
  return ids.length === 0 ? " (it has none)" : ` (it has: ${ids.join(", ")})`;
}

async function readJsonFile<T>(io: CliIo, file: string, parse: (text: string) => Parsed<T>, locale: Locale): Promise<Parsed<T>> {
  const read = await readText(io, file);
  if (!read.ok) return { ok: false, message: `${file}: ${cliMessages(locale).unreadable(read.detail)}` };
  const parsed = parse(read.text);
  return parsed.ok ? parsed : { ok: false, message: `${file}: ${parsed.message}` };
}
