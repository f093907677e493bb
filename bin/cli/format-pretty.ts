import type { Severity, TextEdit } from "../../lib/lint/finding";
import type { CliMessages } from "./cli-messages";
import type { Paint, Style } from "./colors";
import { countFindings, type CliError, type CliFinding, type FileReport } from "./report";

export type PrettyOptions = { paint: Paint; messages: CliMessages };

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };
const INDENT = "  ";
const DETAIL = "      ";

/**
 * For people: per file a header, one line per finding (severity, rule, where, message), its fix,
 * suggestions and walk indented below, then one summary line. Script findings are placed by element
 * id and 1-based columns of its text (`greet:5-6`); text findings by `file:line:col`.
 */
export function formatPretty(reports: readonly FileReport[], options: PrettyOptions): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(options.paint("bold", report.file ?? quote(report.text ?? "")));
    out.push(...report.errors.map((e) => errorLine(e, options)));
    const rows = report.findings.map((f) => ({ f, where: where(report, f) }));
    const width = {
      where: Math.max(0, ...rows.map((r) => r.where.length)),
      severity: Math.max(...Object.values(options.messages.severity).map((s) => s.length)),
      rule: Math.max(0, ...rows.map((r) => r.f.ruleId.length)),
    };
    for (const { f, where: place } of rows) {
      const severity = options.paint(SEVERITY_STYLE[f.severity], options.messages.severity[f.severity].padEnd(width.severity));
      const rule = options.paint("dim", f.ruleId.padEnd(width.rule));
      const columns = f.line === undefined ? [severity, rule, place.padEnd(width.where)] : [place.padEnd(width.where), severity, rule];
      out.push(`${INDENT}${[...columns, f.message].join("  ")}`);
      out.push(...details(f, report.sourceOf?.(f), options));
    }
    out.push("");
  }
  const counts = countFindings(reports);
  const total = counts.error + counts.warning + counts.info;
  out.push(total === 0 ? options.paint("green", options.messages.noProblems(reports.length)) : options.paint(counts.error > 0 ? "red" : "yellow", options.messages.problems(counts, reports.length)));
  return `${out.join("\n")}\n`;
}

function where(report: FileReport, f: CliFinding): string {
  if (f.line !== undefined) {
    const column = (f.range?.start ?? 0) + 1;
    return report.file === null ? `${f.line}:${column}` : `${report.file}:${f.line}:${column}`;
  }
  if (f.nodeId === null) return f.stageId === null ? "-" : `stage:${f.stageId}`;
  if (!f.range) return f.nodeId;
  const { start, end } = f.range;
  return end - start > 1 ? `${f.nodeId}:${start + 1}-${end}` : `${f.nodeId}:${start + 1}`;
}

function details(f: CliFinding, source: string | undefined, { paint, messages }: PrettyOptions): string[] {
  const lines: string[] = [];
  const edit = (e: TextEdit) => {
    const before = source?.slice(e.range.start, e.range.end);
    if (before === undefined) return `→ ${quote(e.text)}`;
    return before === "" ? `+ ${quote(e.text)}` : `${quote(before)} → ${quote(e.text)}`;
  };
  if (f.fix) lines.push(`${DETAIL}${paint("green", messages.fix)}${edit(f.fix)}`);
  for (const s of f.suggestions ?? []) lines.push(`${DETAIL}${paint("cyan", messages.suggestion)}${edit(s.edit)}`);
  if (f.path && f.path.length > 1) lines.push(`${DETAIL}${paint("dim", `${messages.path}${f.path.join(" → ")}`)}`);
  return lines;
}

function errorLine(e: CliError, { paint, messages }: PrettyOptions): string {
  return `${INDENT}${[paint("red", messages.severity.error), ...(e.path === null ? [] : [paint("dim", e.path)]), e.message].join("  ")}`;
}

const quote = (text: string) => `“${text}”`;

/** The validate command: OK or the list of issues per file, each at its JSON path, then a summary. */
export function formatValidation(reports: readonly FileReport[], options: PrettyOptions): string {
  const { paint, messages } = options;
  const out: string[] = [];
  for (const report of reports) {
    const status = report.valid ? paint("green", messages.ok) : paint("red", messages.invalid);
    out.push(`${paint("bold", report.file ?? "")}  ${status}`);
    out.push(...report.errors.map((e) => errorLine(e, options)));
  }
  const invalid = reports.filter((r) => !r.valid).length;
  out.push("", paint(invalid === 0 ? "green" : "red", messages.validated(invalid, reports.length)));
  return `${out.join("\n")}\n`;
}
