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

export const USAGE = `huaben: check call scripts and agent copy against the schema and the lint rule packs,
walk a script with given answers and run its saved scenarios.

Usage:
  huaben lint <script.json>... [--format pretty|json] [--pack <file.json>]... [--locale zh-CN|en]
  huaben lint --locale zh-CN|en --lines <file.txt>... [--format pretty|json] [--pack <file.json>]...
  huaben lint --locale zh-CN|en --text "<copy>"... [--format pretty|json] [--pack <file.json>]...
  huaben validate <script.json>... [--format pretty|json] [--locale zh-CN|en]
  huaben simulate <script.json> --answers <file.json> [--customer <file.json>] [--format pretty|json] [--locale zh-CN|en]
  huaben simulate <script.json> --scenario <id> [--customer <file.json>] [--format pretty|json] [--locale zh-CN|en]
  huaben test <script.json>... [--generate] [--format pretty|json] [--locale zh-CN|en]
  huaben --help

Commands:
  lint       validate each script, then report the findings of the built-in and custom rule packs
  validate   check each script against the document schema only
  simulate   walk the script with the given answers: the words said, what was given, the time per
             stage against its budget, and the exit reached (or where and why it got stuck)
  test       run each script's saved scenarios: pass or fail, where a run left the expected path,
             and the share of elements and flows they walk

Options:
  --format pretty|json   pretty (default) for people; json prints one JSON document on stdout
  --locale zh-CN|en      language of the messages (lint: each script's own language by default;
                         simulate and test: the shell's); with --lines/--text, required: the
                         language of the copy as well
  --pack <file.json>     add a custom rule pack (repeatable); it must fit the rule-pack schema
                         and keep its own examples, or the command stops with exit code 2
  --lines                the files are plain UTF-8 text: each non-blank line is one agent utterance
  --text <copy>          check one agent utterance (repeatable; no files then)
  --answers <file.json>  simulate: a JSON array of scenario steps, in order, e.g.
                         [{"type":"answer","answer":"是本人"}, {"type":"input","value":"13800138000"},
                          {"type":"result","result":"ok","outputs":{"orderId":"A1"}}]
                         or an object { "customer"?, "system"?, "steps" } (a saved scenario fits);
                         answers by id or label; statements and conditions need no step
  --scenario <id>        simulate: walk with a scenario the script has saved (its customer too)
  --customer <file.json> simulate: the customer record, { "variable": value }; default: the answers
                         file's, else the first customer of the target group's sample
  --generate             test: also say how many scenarios "a scenario for every path" would make
                         (nothing is written)
  -h, --help             show this help

Exit codes: 0 no error-severity finding / the walk reached an exit / every scenario passed (or
there were none); 1 an error finding or a file that cannot be read, parsed or validated (lint,
validate) / the walk got stuck (simulate) / a scenario failed (test); 2 a usage error (unknown
command or option, bad --pack, missing --locale), a file simulate or test cannot read or that is
not a valid script or answers file, or an internal error.
Relative paths are resolved against the current directory.`;
