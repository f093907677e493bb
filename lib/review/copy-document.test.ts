import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import type { ScriptDocument } from "../script/document";
import { copyDocument, readingOrder } from "./copy-document";

const upgrade = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;

describe("the copy document", () => {
  it("reads the call in order: entry first, along the flows", () => {
    const order = readingOrder(upgrade).map((n) => n.id);
    expect(order[0]).toBe(upgrade.entry);
    expect(order.indexOf("check-time")).toBeLessThan(order.indexOf("pitch-500"));
    expect(new Set(order).size).toBe(upgrade.nodes.length);
  });

  it("groups elements by stage in stage order, exits apart, every element once", () => {
    const copy = copyDocument(upgrade, null);
    expect(copy.stages.map((s) => s.id)).toEqual([...upgrade.stages].sort((a, b) => a.order - b.order).map((s) => s.id));
    const all = [...copy.stages.flatMap((s) => s.elements), ...copy.unstaged, ...copy.exits];
    expect(all.map((e) => e.id).sort()).toEqual(upgrade.nodes.map((n) => n.id).sort());
    expect(copy.exits.every((e) => e.kind === "exit")).toBe(true);
    expect(all.every((e) => e.status === null && e.fields.every((f) => f.parts === null))).toBe(true);
  });

  it("names where each answer leads", () => {
    const choice = copyDocument(upgrade, null).stages.flatMap((s) => s.elements).find((e) => e.kind === "choice")!;
    expect(choice.branches.length).toBeGreaterThan(1);
    expect(choice.branches.every((b) => b.label && b.to?.name)).toBe(true);
  });

  it("marks the differences from the live version inside the words", () => {
    const greet = upgrade.nodes.find((n) => n.id === "greet") as { text: string };
    const changed: ScriptDocument = {
      ...upgrade,
      nodes: upgrade.nodes.filter((n) => n.id !== "end-wrong-person").map((n) => (n.id === "greet" ? { ...n, text: greet.text.replace("您好", "早上好") } : n)),
      edges: upgrade.edges.filter((e) => e.to !== "end-wrong-person"),
    };
    const copy = copyDocument(changed, upgrade);
    const element = copy.stages.flatMap((s) => s.elements).find((e) => e.id === "greet")!;
    expect(element.status).toBe("changed");
    expect(element.fields.find((f) => f.field === "text")!.parts!.filter((p) => p.kind !== "same")).toEqual([
      // 好 is in both: only what differs is marked.
      { kind: "removed", text: "您" },
      { kind: "added", text: "早上" },
    ]);
    expect(copy.removed.map((e) => e.id)).toEqual(["end-wrong-person"]);
    expect(copy.stages.flatMap((s) => s.elements).filter((e) => e.id !== "greet").every((e) => e.status === "same" || e.status === "changed")).toBe(true);
  });
});
