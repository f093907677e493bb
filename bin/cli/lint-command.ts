import { lintScript } from "../../lib/lint/engine";
import { lintText } from "../../lib/lint/lint-text";
import { SEVERITY_RANK } from "../../lib/lint/finding";
import type { RulePack } from "../../lib/lint/pack-schema";
import type { ScriptDocument } from "../../lib/script/document";
import type { Locale } from "../../lib/script/enums";
import { cliMessages, reportLocale } from "./cli-messages";
import type { CliIo } from "./io";
import { loadPacks } from "./load-packs";
import { readScript, readText, textLines } from "./read-input";
import { exitCodeOf, toCliFinding, type CliFinding, type FileReport } from "./report";
import { UsageError } from "./usage";
import { parseCommand } from "./parse-command";
import { writeReport } from "./write-report";

const OPTIONS = {
  format: { type: "string" },
  locale: { type: "string" },
  pack: { type: "string", multiple: true },
  lines: { type: "boolean" },
  text: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** `huaben lint`: scripts (validated, then linted) or agent copy (--lines files, --text). */
export async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const command = parseCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { values, files, format, locale } = command;
  const texts = values.text ?? [];
  if (texts.length > 0 && (files.length > 0 || values.lines)) throw new UsageError("--text checks the copy it is given: name no files and no --lines with it.");
  if ((values.lines || texts.length > 0) && !locale) throw new UsageError("--locale is required with --lines and --text: it is the language of the copy.");
  if (files.length === 0 && texts.length === 0) throw new UsageError(values.lines ? "Name at least one text file to check." : "Name at least one script to lint.");
  const packs = await loadPacks(io, values.pack ?? []);

  let reports: FileReport[];
  if (locale && values.lines) reports = await Promise.all(files.map((file) => lintLinesFile(io, file, packs, locale)));
  else if (locale && texts.length > 0) reports = texts.map((text) => ({ ...lintLines([{ line: 1, text }], packs, locale), file: null, text }));
  else reports = await Promise.all(files.map((file) => lintScriptFile(io, file, packs, locale)));
  writeReport(io, reports, { format, locale: reportLocale(locale, io.env), command: "lint" });
  return exitCodeOf(reports);
}

async function lintScriptFile(io: CliIo, file: string, packs: readonly RulePack[], locale: Locale | undefined): Promise<FileReport> {
  const read = await readScript(io, file, locale, reportLocale(locale, io.env));
  if (!read.ok) return { file, valid: false, findings: [], errors: read.errors };
  const doc = read.document;
  const { findings } = lintScript(doc, { packs, messageLocale: locale });
  return { file, valid: true, findings: findings.map((f) => toCliFinding(f)), errors: [], sourceOf: (f) => spokenText(doc, f.nodeId) };
}

function spokenText(doc: ScriptDocument, nodeId: string | null): string | undefined {
  const node = doc.nodes.find((n) => n.id === nodeId);
  return node && "text" in node ? node.text : undefined;
}

async function lintLinesFile(io: CliIo, file: string, packs: readonly RulePack[], locale: Locale): Promise<FileReport> {
  const read = await readText(io, file);
  if (!read.ok) {
    return { file, valid: false, findings: [], errors: [{ path: null, code: "unreadable", message: cliMessages(locale).unreadable(read.detail) }] };
  }
  return { ...lintLines(textLines(read.text), packs, locale), file };
}

/** Each line is one utterance on its own; findings are placed by line, then column. */
function lintLines(lines: readonly { line: number; text: string }[], packs: readonly RulePack[], locale: Locale): Omit<FileReport, "file"> {
  const findings: CliFinding[] = lines.flatMap(({ line, text }) =>
    lintText(text, { locale, packs, messageLocale: locale }).map((f) => ({ ...toCliFinding(f, line), nodeId: null })),
  );
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.range?.start ?? 0) - (b.range?.start ?? 0) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const byLine = new Map(lines.map((l) => [l.line, l.text]));
  return { valid: true, findings, errors: [], sourceOf: (f) => (f.line === undefined ? undefined : byLine.get(f.line)) };
}
