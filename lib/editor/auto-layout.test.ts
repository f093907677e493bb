import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import { autoLayout, partitionsOf } from "./auto-layout";

describe("auto-layout", () => {
  const doc = EXAMPLE_SCRIPTS[1]!.document;

  it("puts exits with the latest stage that leads to them", () => {
    const parts = partitionsOf(doc);
    const closingIndex = [...doc.stages].sort((a, b) => a.order - b.order).findIndex((s) => s.role === "closing");
    expect(parts.get("end-success")).toBe(closingIndex);
  });

  it("lays stages out left to right in reading order", async () => {
    const positions = await autoLayout(doc, new Map(), new ELK());
    expect(Object.keys(positions).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    const stageOf = new Map(doc.nodes.flatMap((n) => (n.kind === "exit" ? [] : [[n.id, n.stageId]])));
    const order = [...doc.stages].sort((a, b) => a.order - b.order).map((s) => s.id);
    const xs = order.map((stage) => {
      const members = [...stageOf].filter(([, s]) => s === stage).map(([id]) => positions[id]!.x);
      return members.length ? [Math.min(...members), Math.max(...members)] : null;
    });
    const present = xs.filter((x): x is number[] => x !== null);
    for (let i = 1; i < present.length; i++) expect(present[i]![0]).toBeGreaterThan(present[i - 1]![1]!);
  });
});
