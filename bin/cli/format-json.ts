import type { FileReport } from "./report";

/**
 * One JSON array on stdout, one entry per file: `{ file, valid, findings, errors? }`. Every finding
 * has the same keys (null where absent); `errors` appears only when the file could not be read,
 * parsed or validated. `validate` leaves out `findings`.
 */
export function formatJson(reports: readonly FileReport[], { findings = true }: { findings?: boolean } = {}): string {
  const entries = reports.map((r) => ({
    file: r.file,
    ...(r.text === undefined ? {} : { text: r.text }),
    valid: r.valid,
    ...(findings ? { findings: r.findings } : {}),
    ...(r.errors.length > 0 ? { errors: r.errors } : {}),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
