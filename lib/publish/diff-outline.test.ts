import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { diffOutline } from "./diff-outline";
import { versionDiff } from "./version-diff";

const doc = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;
const nameOf = (node: ScriptNode) => node.label ?? node.id;
const outline = (from: ScriptDocument, to: ScriptDocument) => diffOutline(versionDiff(from, to), from, to, nameOf);

function edit(d: ScriptDocument, id: string, change: (node: ScriptNode) => ScriptNode): ScriptDocument {
  return { ...d, nodes: d.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

describe("diffOutline", () => {
  it("is empty between equal versions", () => {
    expect(outline(doc, doc)).toMatchObject({ empty: true, changed: [], flowsAdded: [] });
  });

  it("names a changed element and says which copy changed", () => {
    const next = edit(doc, "greet", (n) => ({ ...n, text: (n as { text: string }).text.replace("欢迎", "感谢") }) as ScriptNode);
    const result = outline(doc, next);
    expect(result.empty).toBe(false);
    expect(result.changed).toEqual([
      expect.objectContaining({ id: "greet", kind: "statement", name: "问候", otherChanges: false, fields: [expect.objectContaining({ field: "text", what: "text" })] }),
    ]);
  });

  it("tells answers apart from the words, and names the flow of an answer that is gone by its label", () => {
    const renamed = edit(doc, "judge-need", (n) => n.kind === "choice" ? { ...n, answers: n.answers.map((a) => (a.id === "a-slow" ? { ...a, label: "网速慢" } : a)) } : n);
    expect(outline(doc, renamed).changed[0]!.fields).toEqual([expect.objectContaining({ field: "answers.a-slow", what: "answer" })]);

    const dropped: ScriptDocument = {
      ...edit(doc, "judge-need", (n) => (n.kind === "choice" ? { ...n, answers: n.answers.filter((a) => a.id !== "a-other") } : n)),
      edges: doc.edges.filter((e) => !(e.from === "judge-need" && e.port === "a-other")),
    };
    const result = outline(doc, dropped);
    expect(result.changed[0]!.fields).toEqual([expect.objectContaining({ field: "answers.a-other", what: "answer" })]);
    // The flow that left from the removed answer is named from the older version.
    expect(result.flowsRemoved).toEqual([
      { from: { id: "judge-need", kind: "choice", name: "判断故障类型" }, port: "a-other", answer: "其他业务（移机、资费等）", to: { id: "transfer-other", kind: "action", name: "转接综合业务" } },
    ]);
  });

  it("names added and removed elements and flows, and keeps the changed settings", () => {
    const exit = doc.nodes.find((n) => n.id === "end-callback")!;
    const without: ScriptDocument = { ...doc, title: "新标题", nodes: doc.nodes.filter((n) => n !== exit), edges: doc.edges.filter((e) => e.to !== exit.id) };
    const removed = outline(doc, without);
    expect(removed.removed).toEqual([{ id: "end-callback", kind: "exit", name: "待回电" }]);
    expect(removed.settingsChanged).toEqual(["title"]);
    expect(removed.flowsRemoved.every((f) => f.to.name === "待回电")).toBe(true);
    const back = outline(without, doc);
    expect(back.added).toEqual([{ id: "end-callback", kind: "exit", name: "待回电" }]);
    expect(back.flowsAdded.length).toBe(removed.flowsRemoved.length);
  });
});
