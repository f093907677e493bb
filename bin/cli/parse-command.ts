import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale } from "../../lib/script/enums";
import type { CliIo } from "./io";
import { parseFormat, parseLocale, USAGE, type Format } from "./usage";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * What every command starts with: its options parsed strictly, `--help` answered, and the shared
 * --format and --locale read. Null means the help was printed and the command is done.
 */
export function parseCommand<const O extends Options & { format: { type: "string" }; locale: { type: "string" }; help: { type: "boolean"; short: "h" } }>(
  args: string[],
  options: O,
  io: CliIo,
) {
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  // The caller gets its own options' types; here only the three shared ones are read.
  const shared = parsed.values as { help?: boolean; format?: string; locale?: string };
  if (shared.help) {
    io.stdout.write(`${USAGE}\n`);
    return null;
  }
  const format: Format = parseFormat(shared.format);
  const locale: Locale | undefined = parseLocale(shared.locale);
  return { values: parsed.values, files: parsed.positionals, format, locale };
}
