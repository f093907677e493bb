import { LOCALES, type Locale } from "../../lib/script/enums";

/** A mistake on the command line: reported with a hint to --help, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  /** Whether pointing at --help helps (an unknown option) or not (a rule pack that fails its own examples). */
  readonly showHelp: boolean;

  constructor(message: string, { showHelp = true }: { showHelp?: boolean } = {}) {
    super(message);
    this.showHelp = showHelp;
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
export function isParseArgsError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

export const FORMATS = ["pretty", "json"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return "pretty";
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`--format must be ${FORMATS.join(" or ")}, not “${value}”.`);
  return format;
}

export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const locale = LOCALES.find((l) => l === value);
  if (!locale) throw new UsageError(`--locale must be ${LOCALES.join(" or ")}, not “${value}”.`);
  return locale;
}

export const USAGE = `huaben: check call scripts and agent copy against the schema and the lint rule packs.

Usage:
  huaben lint <script.json>... [--format pretty|json] [--pack <file.json>]... [--locale zh-CN|en]
  huaben lint --locale zh-CN|en --lines <file.txt>... [--format pretty|json] [--pack <file.json>]...
  huaben lint --locale zh-CN|en --text "<copy>"... [--format pretty|json] [--pack <file.json>]...
  huaben validate <script.json>... [--format pretty|json] [--locale zh-CN|en]
  huaben --help

Commands:
  lint       validate each script, then report the findings of the built-in and custom rule packs
  validate   check each script against the document schema only

Options:
  --format pretty|json   pretty (default) for people; json prints one JSON array on stdout
  --locale zh-CN|en      language of the messages (lint: each script's own language by default);
                         with --lines/--text, required: the language of the copy as well
  --pack <file.json>     add a custom rule pack (repeatable); it must fit the rule-pack schema
                         and keep its own examples, or the command stops with exit code 2
  --lines                the files are plain UTF-8 text: each non-blank line is one agent utterance
  --text <copy>          check one agent utterance (repeatable; no files then)
  -h, --help             show this help

Exit codes: 0 no error-severity finding; 1 an error finding, or a file that cannot be read,
parsed or validated; 2 a usage error (unknown command or option, bad --pack, missing --locale)
or an internal error.
Relative paths are resolved against the current directory.`;
