import { afterEach, describe, expect, it, vi } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { BUILTIN_PACKS } from "./builtin-packs";
import { createLinter, lintScript } from "./engine";

// The seeded scripts are what a new workspace opens first and what the tutorials show: they must
// lint without a single error, and linting must not write to the console.

describe.each(EXAMPLE_SCRIPTS.map((e) => [e.slug, e.document] as const))("seeded script %s", (_slug, doc) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lints with zero errors", () => {
    const report = lintScript(doc, { packs: BUILTIN_PACKS });
    expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} @${f.nodeId}: ${f.message}`)).toEqual([]);
    expect(report.counts.error).toBe(0);
  });

  it("has no courtesy finding at all", () => {
    const courtesy = lintScript(doc, { packs: BUILTIN_PACKS }).findings.filter((f) => f.category === "courtesy");
    expect(courtesy.map((f) => `${f.ruleId} @${f.nodeId}: ${f.message}`)).toEqual([]);
  });

  it("prints nothing while it is linted", () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
    lintScript(doc, { packs: BUILTIN_PACKS });
    lintScript(doc, { packs: BUILTIN_PACKS, messageLocale: doc.locale === "en" ? "zh-CN" : "en" });
    createLinter().lint(doc, { packs: BUILTIN_PACKS });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("reports a speaking time for every stage, with a walk through it", () => {
    const report = lintScript(doc, { packs: BUILTIN_PACKS });
    expect(report.stages.map((s) => s.stageId)).toEqual([...doc.stages].sort((a, b) => a.order - b.order).map((s) => s.id));
    for (const stage of report.stages) {
      // A stage of conditions alone (the data-update script's "analyse") takes no time.
      expect(stage.seconds).toBeGreaterThanOrEqual(0);
      expect(stage.path.length, stage.stageId).toBeGreaterThan(0);
    }
    expect(report.stages[0]!.seconds).toBeGreaterThan(0);
    expect(report.call.longestSeconds).toBeGreaterThan(0);
    expect(report.call.shortestSuccessSeconds).toBeGreaterThan(0);
  });
});
