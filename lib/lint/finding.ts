// What the linter reports. The shape maps one-to-one onto an LSP diagnostic (and so onto a Monaco
// marker), and it is the JSON the command line prints.

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ["structure", "timing", "courtesy"] as const;
export type Category = (typeof CATEGORIES)[number];

/** UTF-16 offsets into the original (not normalised) text, end exclusive. */
export type TextRange = { start: number; end: number };

/** Replace `range` of an element's spoken text with `text`. */
export type TextEdit = { nodeId: string; field: "text"; range: TextRange; text: string };

export type Suggestion = { text: string; edit: TextEdit };

export type Finding = {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Rendered in the locale the lint run asked for. */
  message: string;
  params: Record<string, string | number>;
  nodeId?: string;
  stageId?: string;
  field?: "text" | "rules" | "answers";
  range?: TextRange;
  /** The walk through the script that shows the problem (node ids, in order). */
  path?: string[];
  /** A safe edit that can be applied without reading it. */
  fix?: TextEdit;
  /** Rewrites a human picks from. */
  suggestions?: Suggestion[];
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by element and position, so output is the same on every machine and run. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    byCodeUnits(a.nodeId ?? "", b.nodeId ?? "") ||
    (a.range?.start ?? -1) - (b.range?.start ?? -1) ||
    byCodeUnits(a.ruleId, b.ruleId)
  );
}

// Not localeCompare: its order depends on the machine's ICU locale.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
