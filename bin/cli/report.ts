import type { Finding, Severity, Suggestion, TextEdit, TextRange } from "../../lib/lint/finding";
import type { ScriptIssue } from "../../lib/script/issues";
import type { Locale } from "../../lib/script/enums";
import { describeIssue } from "../../lib/i18n/describe-issue";
import { translator } from "../../lib/i18n/translator";

/** A finding as the command line prints it: every key present, null where the linter left it out. */
export type CliFinding = {
  ruleId: string;
  severity: Severity;
  category: Finding["category"];
  message: string;
  nodeId: string | null;
  stageId: string | null;
  field: NonNullable<Finding["field"]> | null;
  range: TextRange | null;
  path: string[] | null;
  fix: TextEdit | null;
  suggestions: Suggestion[] | null;
  params: Finding["params"];
  /** 1-based line of the text file (--lines) or 1 (--text). */
  line?: number;
};

/** Why a file has no findings of its own: it could not be read, parsed or validated. */
export type CliError = { path: string | null; code: string; message: string };

export type FileReport = {
  /** As given on the command line; null for --text. */
  file: string | null;
  /** --text only: the copy checked. */
  text?: string;
  valid: boolean;
  findings: CliFinding[];
  errors: CliError[];
  /** The text a finding's range and edits point into, for quoting (not printed in JSON). */
  sourceOf?: (finding: CliFinding) => string | undefined;
};

export function toCliFinding(f: Finding, line?: number): CliFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    nodeId: f.nodeId ?? null,
    stageId: f.stageId ?? null,
    field: f.field ?? null,
    range: f.range ?? null,
    path: f.path ?? null,
    fix: f.fix ?? null,
    suggestions: f.suggestions ?? null,
    params: f.params,
    ...(line === undefined ? {} : { line }),
  };
}

export function issueErrors(issues: readonly ScriptIssue[], locale: Locale): CliError[] {
  const t = translator(locale);
  return issues.map((issue) => ({ path: issue.pathText, code: issue.code, message: describeIssue(t, issue) }));
}

export function countFindings(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    counts.error += report.errors.length;
    for (const f of report.findings) counts[f.severity]++;
  }
  return counts;
}

/** 1 when anything is an error: a finding of severity error, or a file that is unreadable or invalid. */
export function exitCodeOf(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((r) => !r.valid || r.errors.length > 0 || r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
