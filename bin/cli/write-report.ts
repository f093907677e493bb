import type { Locale } from "../../lib/script/enums";
import { cliMessages } from "./cli-messages";
import { painter, colorWanted } from "./colors";
import { formatJson } from "./format-json";
import { formatPretty, formatValidation } from "./format-pretty";
import type { CliIo } from "./io";
import type { FileReport } from "./report";
import type { Format } from "./usage";

/** Prints the reports on stdout in the chosen format (JSON: nothing else goes to stdout). */
export function writeReport(
  io: CliIo,
  reports: readonly FileReport[],
  { format, locale, command }: { format: Format; locale: Locale; command: "lint" | "validate" },
): void {
  if (format === "json") {
    io.stdout.write(formatJson(reports, { findings: command === "lint" }));
    return;
  }
  const options = { paint: painter(colorWanted(io.stdout.isTTY, io.env)), messages: cliMessages(locale) };
  io.stdout.write(command === "lint" ? formatPretty(reports, options) : formatValidation(reports, options));
}
