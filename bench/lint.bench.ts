import { BUILTIN_PACKS } from "../lib/lint/builtin-packs";
import { createLinter, lintScript, type LintSetup } from "../lib/lint/engine";
import { updateNode } from "../lib/script/commands/nodes";
import { scriptDocumentSchema, type ScriptDocument } from "../lib/script/document";
import { lintFixture } from "./lint-fixture";

// The linter on a 1,000-element Chinese script (bench/lint-fixture.ts: the seeded scripts,
// repeated, every fourth copy a rough draft), in this process, timed with performance.now().
//   fullMs     a one-shot lintScript: rules compiled, every element normalised, estimated and
//              matched, graph indexed and walked, nothing cached (the server, the command line);
//   relintMs   one createLinter() that has linted the script once, re-linting after each edit of
//              ONE element's words (updateNode, as the editor does: a new nodes array with one new
//              element object, the same edges array), one edit after another (a typing burst);
//   baselineMs scriptDocumentSchema.safeParse of the same document: the schema validation every
//              save and import already pays, so the ratios say what linting costs next to it.
// Median and 95th percentile of many runs after a warm-up.

const SIZE = 1000;
const WARMUP = 30;
const RUNS = 300;
const SETUP: LintSetup = { packs: BUILTIN_PACKS };

type Stats = { median: number; p95: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Times `body` RUNS times after WARMUP untimed runs; `prepare` runs before each, off the clock. */
function measure<T>(prepare: (run: number) => T, body: (input: T) => unknown): Stats {
  const samples: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const input = prepare(run);
    const start = performance.now();
    body(input);
    const elapsed = performance.now() - start;
    if (run >= WARMUP) samples.push(elapsed);
  }
  return stats(samples);
}

/** Statements and questions in the script order: the elements a designer types into. */
function editableIds(doc: ScriptDocument): string[] {
  return doc.nodes.filter((n) => (n.kind === "statement" || n.kind === "choice") && n.text.trim() !== "").map((n) => n.id);
}

/** One keystroke-sized edit of one element's words, made the way the editor makes it. */
function typeInto(doc: ScriptDocument, id: string, run: number): ScriptDocument {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node || !("text" in node)) return doc;
  const typed = "谢谢您。".slice(0, (run % 4) + 1);
  return updateNode(doc, { node: { ...node, text: `${node.text ?? ""}${typed}` } });
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function run(): Promise<Record<string, number | string>> {
  const doc = lintFixture(SIZE);
  if (!scriptDocumentSchema.safeParse(doc).success) throw new Error("the benchmark script is not a valid document");
  const report = lintScript(doc, SETUP);

  const baseline = measure(
    () => doc,
    (d) => scriptDocumentSchema.safeParse(d),
  );
  const full = measure(
    () => doc,
    (d) => lintScript(d, SETUP),
  );

  const linter = createLinter();
  linter.lint(doc, SETUP);
  const ids = editableIds(doc);
  let current = doc;
  const relint = measure(
    (run) => {
      // Walk through the script, so each edit lands on an element the cache has not just seen.
      current = typeInto(current, ids[(run * 37) % ids.length]!, run);
      if (current.edges !== doc.edges) throw new Error("an edit of words must keep the flows");
      return current;
    },
    (d) => linter.lint(d, SETUP),
  );
  // The incremental result must be the one-shot result, or the timing means nothing.
  if (JSON.stringify(linter.lint(current, SETUP)) !== JSON.stringify(lintScript(current, SETUP))) {
    throw new Error("createLinter() and lintScript() disagree after the edits");
  }

  return {
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    findings: report.findings.length,
    errors: report.counts.error,
    warnings: report.counts.warning,
    infos: report.counts.info,
    courtesyFindings: report.findings.filter((f) => f.category === "courtesy").length,
    runs: RUNS,
    fullMs: round(full.median),
    fullP95Ms: round(full.p95),
    relintMs: round(relint.median),
    relintP95Ms: round(relint.p95),
    baselineMs: round(baseline.median),
    baselineP95Ms: round(baseline.p95),
    baseline: "scriptDocumentSchema.safeParse of the same document",
    fullVsBaseline: round(full.median / baseline.median, 2),
    relintVsBaseline: round(relint.median / baseline.median, 2),
    targets: "fullMs <= 10; relintMs <= 1",
  };
}
