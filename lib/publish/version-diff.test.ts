import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import type { ScriptDocument } from "../script/document";
import { isEmptyDiff, versionDiff } from "./version-diff";

const doc = EXAMPLE_SCRIPTS[0]!.document;

function edit(d: ScriptDocument, id: string, change: Record<string, unknown>): ScriptDocument {
  return { ...d, nodes: d.nodes.map((n) => (n.id === id ? ({ ...n, ...change } as typeof n) : n)) };
}

describe("versionDiff", () => {
  it("is empty between equal versions, whatever the positions", () => {
    expect(isEmptyDiff(versionDiff(doc, { ...doc, layout: { positions: {} } }))).toBe(true);
  });

  it("diffs the copy of a changed element at character level", () => {
    const greet = doc.nodes.find((n) => n.id === "greet") as { text: string };
    const diff = versionDiff(doc, edit(doc, "greet", { text: greet.text.replace("欢迎", "感谢") }));
    expect(diff.nodesChanged).toHaveLength(1);
    expect(diff.nodesChanged[0]).toMatchObject({ id: "greet", otherChanges: false });
    expect(diff.nodesChanged[0]!.fields[0]!.parts.filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "欢迎" },
      { kind: "added", text: "感谢" },
    ]);
  });

  it("tells a change that is not copy apart", () => {
    const other = doc.stages[1]!.id;
    const diff = versionDiff(doc, edit(doc, "greet", { stageId: other }));
    expect(diff.nodesChanged).toEqual([{ id: "greet", kind: "statement", fields: [], otherChanges: true }]);
  });

  it("lists elements and flows added and removed, and changed settings", () => {
    const removed = doc.nodes.find((n) => n.kind === "exit")!;
    const next: ScriptDocument = {
      ...doc,
      title: "新标题",
      nodes: doc.nodes.filter((n) => n.id !== removed.id),
      edges: doc.edges.filter((e) => e.to !== removed.id),
    };
    const diff = versionDiff(doc, next);
    expect(diff.nodesRemoved.map((n) => n.id)).toEqual([removed.id]);
    expect(diff.edgesRemoved.every((e) => e.to === removed.id)).toBe(true);
    expect(diff.edgesRemoved.length).toBeGreaterThan(0);
    expect(diff.settingsChanged).toEqual(["title"]);
    const back = versionDiff(next, doc);
    expect(back.nodesAdded.map((n) => n.id)).toEqual([removed.id]);
  });
});
