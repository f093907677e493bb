import { describe, expect, it } from "vitest";
import { ask, end, flow, say, script } from "@/test/builders/script";
import { generateScript } from "@/test/builders/generate-script";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { kitchenSink } from "../runtime/kitchen-sink.fixture";
import type { ScriptDocument } from "../script/document";
import { edgeId } from "./edge-id";
import { enumeratePaths } from "./paths";

/** The paths the slow, obvious way (recursion, copies, visit counts), as "a>b>c" strings. */
function reference(doc: ScriptDocument, maxLoops: number): string[] {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  const visit = (id: string, walked: string[]) => {
    const here = [...walked, id];
    const node = nodes.get(id)!;
    if (node.kind === "exit") return void out.push(here.join(">"));
    for (const e of doc.edges.filter((x) => x.from === id)) {
      if (here.filter((x) => x === e.to).length <= maxLoops) visit(e.to, here);
    }
  };
  visit(doc.entry, []);
  return out.sort();
}

describe.each(EXAMPLE_SCRIPTS.map((e) => [e.slug, e.document] as const))("%s", (_slug, doc) => {
  it.each([0, 1, 2])("finds every walk with each element passed at most 1 + %i times", (maxLoops) => {
    const { paths, truncated } = enumeratePaths(doc, { maxLoops });
    expect(truncated).toBe(false);
    expect(paths.map((p) => p.nodeIds.join(">")).sort()).toEqual(reference(doc, maxLoops));
  });

  it("describes each path consistently and sorts them longest first", () => {
    const { paths } = enumeratePaths(doc);
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const flows = new Map(doc.edges.map((e) => [edgeId(e.from, e.port), e]));
    const lastStage = [...doc.stages].sort((a, b) => b.order - a.order)[0]!.id;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!;
      if (i > 0) expect(p.seconds).toBeLessThanOrEqual(paths[i - 1]!.seconds);
      expect(p.nodeIds[0]).toBe(doc.entry);
      const exit = nodes.get(p.exitId)!;
      expect(exit.kind === "exit" && exit.outcome).toBe(p.outcome);
      expect(p.nodeIds.at(-1)).toBe(p.exitId);
      expect(p.edges).toHaveLength(p.nodeIds.length - 1);
      p.edges.forEach((id, k) => {
        expect(flows.get(id)).toMatchObject({ from: p.nodeIds[k], to: p.nodeIds[k + 1] });
      });
      expect(Object.keys(p.stageSeconds)).toEqual([...doc.stages].sort((a, b) => a.order - b.order).map((s) => s.id));
      expect(Object.values(p.stageSeconds).reduce((a, b) => a + b, 0)).toBeCloseTo(p.seconds, 9);
      if (exit.kind === "exit" && exit.text) expect(p.stageSeconds[lastStage]).toBeGreaterThan(0);
    }
  });
});

describe("enumeratePaths", () => {
  it("counts sensible numbers of paths on the seeds", () => {
    const counts = Object.fromEntries(EXAMPLE_SCRIPTS.map((e) => [e.slug, enumeratePaths(e.document, { maxLoops: 0 }).paths.length]));
    // Loop-free walks: 3 problems × the ways through each (fault), 2 speeds × answers (upgrade), ...
    expect(counts).toEqual({ "broadband-fault-inbound": 14, "broadband-upgrade-offer": 24, "customer-data-update": 35, "billing-enquiry-en": 11 });
  });

  it("multiplies at each binary choice: 10 in a row are 1,024 walks", () => {
    const nodes = [];
    const edges = [];
    for (let i = 0; i < 10; i++) {
      const next = i < 9 ? `q${i + 1}` : "done";
      nodes.push(ask(`q${i}`, ["a", "b"]));
      edges.push(flow(`q${i}`, "a", next), flow(`q${i}`, "b", next));
    }
    const { paths } = enumeratePaths(script([...nodes, end("done")], edges));
    expect(paths).toHaveLength(1024);
    expect(new Set(paths.map((p) => p.edges.join())).size).toBe(1024);
  });

  it("stops at the limit and says so", () => {
    const all = enumeratePaths(kitchenSink).paths;
    expect(all.length).toBeGreaterThan(5);
    expect(enumeratePaths(kitchenSink, { limit: 5 })).toMatchObject({ truncated: true, paths: { length: 5 } });
    expect(enumeratePaths(kitchenSink, { limit: all.length }).truncated).toBe(false);
  });

  it("takes a loop at most maxLoops extra times", () => {
    const doc = script([say("a"), ask("q", ["again", "done"]), end("bye")], [flow("a", "q"), flow("q", "again", "a"), flow("q", "done", "bye")]);
    expect(enumeratePaths(doc, { maxLoops: 0 }).paths.map((p) => p.nodeIds.join(">"))).toEqual(["a>q>bye"]);
    expect(enumeratePaths(doc, { maxLoops: 2 }).paths.map((p) => p.nodeIds.length)).toEqual([7, 5, 3]);
  });

  it("counts both branches of a condition, unless an empty rule list decides it", () => {
    const kitchen = enumeratePaths(kitchenSink).paths;
    expect(kitchen.some((p) => p.edges.includes(edgeId("check", "true")))).toBe(true);
    expect(kitchen.some((p) => p.edges.includes(edgeId("check", "false")))).toBe(true);
    const generated = enumeratePaths(generateScript(30)).paths;
    expect(generated.length).toBeGreaterThan(0);
    expect(generated.some((p) => p.edges.some((e) => e.endsWith("\u2192false")))).toBe(false);
  });

  it("leaves out walks that end at a port without a flow, and a missing entry gives none", () => {
    const doc = script([ask("q", ["a", "b"]), end("x")], [flow("q", "a", "x")]);
    expect(enumeratePaths(doc).paths.map((p) => p.nodeIds)).toEqual([["q", "x"]]);
    expect(enumeratePaths({ ...doc, entry: "nowhere" })).toEqual({ paths: [], truncated: false });
  });
});
