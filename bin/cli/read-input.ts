import { resolve } from "node:path";
import type { ScriptDocument } from "../../lib/script/document";
import { LOCALES, type Locale } from "../../lib/script/enums";
import { validateScript, validateScriptJson } from "../../lib/script/validate";
import type { CliIo } from "./io";
import { issueErrors, type CliError } from "./report";
import { cliMessages } from "./cli-messages";

export type TextRead = { ok: true; text: string } | { ok: false; detail: string };

/** A file named on the command line, relative to the current directory; a leading BOM is dropped. */
export async function readText(io: CliIo, file: string): Promise<TextRead> {
  try {
    const text = await io.readFile(resolve(io.cwd, file));
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export type ScriptRead = { ok: true; document: ScriptDocument } | { ok: false; errors: CliError[] };

/**
 * Reads, parses and validates a script. Problems are worded in `locale`, else in the language the
 * document says it is written in, else in `fallback`.
 */
export async function readScript(io: CliIo, file: string, locale: Locale | undefined, fallback: Locale): Promise<ScriptRead> {
  const read = await readText(io, file);
  if (!read.ok) return { ok: false, errors: [{ path: null, code: "unreadable", message: cliMessages(locale ?? fallback).unreadable(read.detail) }] };
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch {
    const result = validateScriptJson(read.text);
    return { ok: false, errors: result.ok ? [] : issueErrors(result.issues, locale ?? fallback) };
  }
  const result = validateScript(input);
  if (result.ok) return result;
  return { ok: false, errors: issueErrors(result.issues, locale ?? declaredLocale(input) ?? fallback) };
}

function declaredLocale(input: unknown): Locale | undefined {
  const value = input !== null && typeof input === "object" ? (input as { locale?: unknown }).locale : undefined;
  return LOCALES.find((l) => l === value);
}

/** The non-blank lines of a text file with their 1-based numbers. */
export function textLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((l) => l.text.trim() !== "");
}
