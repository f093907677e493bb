import { reportLocale } from "./cli-messages";
import type { CliIo } from "./io";
import { readScript } from "./read-input";
import { exitCodeOf, type FileReport } from "./report";
import { UsageError } from "./usage";
import { parseCommand } from "./parse-command";
import { writeReport } from "./write-report";

const OPTIONS = {
  format: { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `huaben validate`: the document schema only, no lint rules. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const command = parseCommand(args, OPTIONS, io);
  if (!command) return 0;
  const { files, format, locale } = command;
  if (files.length === 0) throw new UsageError("Name at least one script to validate.");
  const fallback = reportLocale(locale, io.env);
  const reports = await Promise.all(
    files.map(async (file): Promise<FileReport> => {
      const read = await readScript(io, file, locale, fallback);
      return read.ok ? { file, valid: true, findings: [], errors: [] } : { file, valid: false, findings: [], errors: read.errors };
    }),
  );
  writeReport(io, reports, { format, locale: fallback, command: "validate" });
  return exitCodeOf(reports);
}
