import type { Severity } from "../../lib/lint/finding";
import type { Locale } from "../../lib/script/enums";
import { DEFAULT_LOCALE } from "../../lib/i18n/locales";

// The few words of the command line's own report (headers, summary). Findings and validation
// issues are rendered by lib/ (rule packs and lib/i18n); usage errors and help stay in English.

export type CliMessages = {
  severity: Record<Severity, string>;
  ok: string;
  invalid: string;
  unreadable: (detail: string) => string;
  /** Labels of the lines under a finding, with their colon and spacing. */
  fix: string;
  suggestion: string;
  path: string;
  noProblems: (files: number) => string;
  problems: (counts: Record<Severity, number>, files: number) => string;
  validated: (invalid: number, files: number) => string;
};

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const en: CliMessages = {
  severity: { error: "error", warning: "warning", info: "info" },
  ok: "OK",
  invalid: "invalid",
  unreadable: (detail) => `Cannot read the file: ${detail}`,
  fix: "fix: ",
  suggestion: "suggestion: ",
  path: "path: ",
  noProblems: (files) => `✔ No problems (${plural(files, "file", "files")}).`,
  problems: (c, files) =>
    `✖ ${plural(c.error + c.warning + c.info, "problem", "problems")} (${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${c.info} info) in ${plural(files, "file", "files")}.`,
  validated: (invalid, files) =>
    invalid === 0 ? `✔ ${plural(files, "file", "files")} valid.` : `✖ ${invalid} of ${plural(files, "file", "files")} invalid.`,
};

const zhCN: CliMessages = {
  severity: { error: "错误", warning: "警告", info: "提示" },
  ok: "格式正确",
  invalid: "格式错误",
  unreadable: (detail) => `无法读取文件：${detail}`,
  fix: "修正：",
  suggestion: "建议：",
  path: "路径：",
  noProblems: (files) => `✔ 没有问题（${files} 个文件）。`,
  problems: (c, files) => `✖ 共 ${c.error + c.warning + c.info} 个问题（错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}），${files} 个文件。`,
  validated: (invalid, files) => (invalid === 0 ? `✔ ${files} 个文件格式正确。` : `✖ ${files} 个文件中 ${invalid} 个格式错误。`),
};

const MESSAGES: Record<Locale, CliMessages> = { "zh-CN": zhCN, en };

/** The report's language: --locale, else the shell's (LC_ALL, LC_MESSAGES, LANG), else the app's default. */
export function reportLocale(chosen: Locale | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (chosen) return chosen;
  const tag = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
  if (tag.startsWith("zh")) return "zh-CN";
  if (tag.startsWith("en")) return "en";
  return DEFAULT_LOCALE;
}

export function cliMessages(locale: Locale): CliMessages {
  return MESSAGES[locale];
}
