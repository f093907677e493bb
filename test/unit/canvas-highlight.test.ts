import { describe, expect, it } from "vitest";
import { createNodeMapper, stageInfoOf, type NodeInputs } from "@/components/canvas/to-flow-nodes";
import { createEdgeMapper, type PortLabels } from "@/components/canvas/to-flow-edges";
import { edgeMark, nodeMark, type CanvasHighlight } from "@/components/canvas/highlight-context";
import { ask, end, flow, say, script } from "@/test/builders/script";

const doc = script(
  [say("hello"), ask("q", ["yes", "no"]), say("offer"), end("bye"), end("sorry", "declined")],
  [flow("hello", "q"), flow("q", "yes", "offer"), flow("q", "no", "sorry"), flow("offer", "bye")],
  { layout: { positions: Object.fromEntries(["hello", "q", "offer", "bye", "sorry"].map((id, i) => [id, { x: i * 320, y: 0 }])) } },
);
const words: PortLabels = { ok: "Done", error: "Failed", true: "Yes", false: "No" };
const stages = stageInfoOf(doc.stages);
const inputs = (highlight: CanvasHighlight | null): NodeInputs => ({
  doc,
  selection: new Set(),
  drag: null,
  sizes: new Map(),
  stages,
  problems: new Map(),
  highlight,
});
const walked = (nodes: string[], edges: string[], current: string): CanvasHighlight => ({ nodes: new Set(nodes), edges: new Set(edges), current });

describe("canvas highlight", () => {
  it("marks the current element, the walked ones and fades the rest; nothing without a highlight", () => {
    const h = walked(["hello", "q"], ["hello\u2192next"], "q");
    expect(["hello", "q", "offer"].map((id) => nodeMark(h, id))).toEqual(["lit", "current", "faded"]);
    expect(edgeMark(h, "hello\u2192next")).toBe("lit");
    expect(edgeMark(h, "q\u2192yes")).toBe("faded");
    expect(nodeMark(null, "q")).toBeNull();
    expect(edgeMark(null, "q\u2192yes")).toBeNull();
  });

  it("remakes only the elements whose mark changes as a walk moves on", () => {
    const { toFlowNodes } = createNodeMapper();
    const plain = toFlowNodes(inputs(null));
    expect(plain.every((n) => n.data.mark === null)).toBe(true);
    const first = toFlowNodes(inputs(walked(["hello", "q"], ["hello\u2192next"], "q")));
    const second = toFlowNodes(inputs(walked(["hello", "q", "offer"], ["hello\u2192next", "q\u2192yes"], "offer")));
    const byId = (nodes: typeof first) => new Map(nodes.map((n) => [n.id, n]));
    const [a, b] = [byId(first), byId(second)];
    expect(second.map((n) => n.data.mark)).toEqual(["lit", "lit", "current", "faded", "faded"]);
    // hello stays lit, bye and sorry stay faded: the same objects, so React Flow skips them.
    for (const id of ["hello", "bye", "sorry"]) expect(b.get(id)).toBe(a.get(id));
    for (const id of ["q", "offer"]) expect(b.get(id)).not.toBe(a.get(id));
  });

  it("lights the flows taken, keeps the others' objects while their mark stays", () => {
    const toFlowEdges = createEdgeMapper();
    const none = new Set<string>();
    const first = toFlowEdges(doc, none, words, walked(["hello", "q"], ["hello\u2192next"], "q"));
    const second = toFlowEdges(doc, none, words, walked(["hello", "q", "offer"], ["hello\u2192next", "q\u2192yes"], "offer"));
    expect(second.map((e) => e.data?.mark)).toEqual(["lit", "lit", "faded", "faded"]);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]).toMatchObject({ className: "mark-lit", zIndex: 1 });
    expect(toFlowEdges(doc, none, words, null).every((e) => e.data?.mark === null && e.className === undefined)).toBe(true);
  });
});
