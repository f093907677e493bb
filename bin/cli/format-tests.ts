import type { CoverageShare } from "../../lib/simulate/coverage";
import type { Paint } from "./colors";
import type { SimulateMessages } from "./simulate-messages";
import type { TestFileReport } from "./test-command";

const share = (s: CoverageShare) => ({ walked: s.walked.length, total: s.total, ratio: s.ratio, missed: s.missed });

/**
 * One JSON array, one entry per script: `{ file, valid, title, scenarios, passed, failed,
 * coverage, generate?, errors? }`. Each scenario: `{ id, name, passed, nodeId, ended, outcome,
 * seconds, failures }`; each failure the runner's (`kind`, `at: { step, nodeId }`,
 * `scenarioStep?`, `expected?`, `actual?`, `error?`) with `code` and `message`. `coverage` is
 * null when the script has no saved scenarios; else per elements and flows `{ walked, total,
 * ratio, missed }`.
 */
export function testsJson(reports: readonly TestFileReport[]): object[] {
  return reports.map((r) => ({
    file: r.file,
    valid: r.valid,
    ...(r.script ? { title: r.script.title } : {}),
    scenarios: r.scenarios,
    passed: r.scenarios.filter((s) => s.passed).length,
    failed: r.scenarios.filter((s) => !s.passed).length,
    coverage: r.coverage ? { nodes: share(r.coverage.nodes), edges: share(r.coverage.edges) } : null,
    ...(r.generate ? { generate: r.generate } : {}),
    ...(r.errors.length > 0 ? { errors: r.errors } : {}),
  }));
}

const percent = (s: CoverageShare) => `${s.walked.length}/${s.total} (${Math.round(s.ratio * 100)}%)`;

/** Per script: a line per scenario (✔/✖, where it ended, its time), its failures below it, the coverage; then a summary. */
export function formatTests(reports: readonly TestFileReport[], { paint, messages }: { paint: Paint; messages: SimulateMessages }): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(`${paint("bold", report.file)}${report.script ? `  ${report.script.title}` : ""}`);
    for (const e of report.errors) out.push(`  ${paint("red", "✖")}  ${e.path === null ? "" : `${paint("dim", e.path)}  `}${e.message}`);
    if (report.valid && report.scenarios.length === 0) out.push(`  ${paint("yellow", messages.noScenarios)}`);
    for (const s of report.scenarios) {
      const mark = s.passed ? paint("green", "✔") : paint("red", "✖");
      const end = s.ended ? `${s.nodeId} · ${s.outcome ? messages.outcome(s.outcome) : ""}` : messages.notEnded(s.nodeId);
      out.push(`  ${mark} ${s.name} ${paint("dim", `(${s.id})`)}  → ${end} · ${messages.seconds(s.seconds)}`);
      for (const f of s.failures) {
        out.push(`      ${paint("red", messages.at(f.at.step + 1, f.at.nodeId))}${messages.colon}${f.message} ${paint("dim", `[${f.code}]`)}`);
      }
    }
    if (report.coverage) out.push(`  ${paint("dim", messages.coverage(percent(report.coverage.nodes), percent(report.coverage.edges)))}`);
    if (report.generate) out.push(`  ${paint("cyan", messages.generated(report.generate))}`);
    out.push("");
  }
  const all = reports.flatMap((r) => r.scenarios);
  const failed = all.filter((s) => !s.passed).length;
  const scripts = reports.length;
  if (all.length === 0) out.push(paint("yellow", messages.noneToTest(scripts)));
  else out.push(paint(failed === 0 ? "green" : "red", messages.tested(failed, all.length, scripts)));
  return `${out.join("\n")}\n`;
}
