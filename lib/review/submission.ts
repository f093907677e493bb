import type { Finding } from "../lint/finding";

export type SubmissionCheck =
  | { ok: true; acknowledged: string[] }
  | { ok: false; reason: "lint-errors"; findings: Finding[] }
  | { ok: false; reason: "warnings-unacknowledged"; findings: Finding[] };

/** A finding's identity for acknowledgement: the rule and where it is. */
export function findingKey(finding: Pick<Finding, "ruleId" | "nodeId">): string {
  return `${finding.ruleId}@${finding.nodeId ?? "script"}`;
}

/**
 * Whether a draft with these findings may be submitted: errors block it; every warning must be
 * acknowledged by key (so a warning that appears after the designer looked is not waved through).
 */
export function checkSubmission(findings: readonly Finding[], acknowledged: readonly string[]): SubmissionCheck {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) return { ok: false, reason: "lint-errors", findings: errors };
  const warnings = findings.filter((f) => f.severity === "warning");
  const seen = new Set(acknowledged);
  const missing = warnings.filter((f) => !seen.has(findingKey(f)));
  if (missing.length > 0) return { ok: false, reason: "warnings-unacknowledged", findings: missing };
  return { ok: true, acknowledged: [...new Set(warnings.map(findingKey))] };
}
