import { describe, expect, it } from "vitest";
import { updateNode } from "../script/commands/nodes";
import type { ScriptDocument } from "../script/document";
import type { Suppression } from "../script/lint-settings";
import { BUILTIN_PACKS } from "./builtin-packs";
import { lintScript } from "./engine";
import { scriptFromSketch, type Sketch } from "./sketch";
import { textHash } from "./text-hash";

// A designer may accept a finding on purpose, with a reason a reviewer reads. The suppression
// covers that rule on that element only, and only for the words it was given for.

type Suppress = NonNullable<Sketch["nodes"][number]["suppress"]>;

/** Two greetings that say 你好, the first also asks a blunt 什么. */
function greetings(suppress?: Suppress): ScriptDocument {
  return scriptFromSketch({
    family: "custom",
    nodes: [
      { id: "hello", stage: "greeting", say: "你好，你有什么事？", next: "again", ...(suppress ? { suppress } : {}) },
      { id: "again", stage: "body", say: "你好，请问有什么可以帮到您？", next: "bye" },
      { id: "bye", stage: "closing", say: "感谢您的来电，再见！", next: "done" },
      { id: "done", exit: "success" },
    ],
  });
}
const lint = (doc: ScriptDocument) => lintScript(doc, { packs: BUILTIN_PACKS, messageLocale: "en" });
const on = (doc: ScriptDocument, nodeId: string) => lint(doc).findings.filter((f) => f.nodeId === nodeId);
const rulesOn = (doc: ScriptDocument, nodeId: string) => on(doc, nodeId).map((f) => f.ruleId);

describe("a suppression with a reason", () => {
  const accepted = greetings([{ rule: "courtesy/honorific", reason: "The customer is a child; the brand voice allows 你 here." }]);

  it("removes that rule's findings on that element, all of them", () => {
    expect(rulesOn(greetings(), "hello").filter((r) => r === "courtesy/honorific")).toHaveLength(2); // 你好 and 你
    expect(rulesOn(accepted, "hello")).not.toContain("courtesy/honorific");
  });

  it("leaves the element's other findings alone", () => {
    expect(rulesOn(accepted, "hello")).toContain("courtesy/banned-word");
  });

  it("leaves the same rule on other elements alone", () => {
    expect(rulesOn(accepted, "again")).toEqual(["courtesy/honorific"]);
  });

  it("is not itself reported while it suppresses something", () => {
    expect(rulesOn(accepted, "hello")).not.toContain("structure/unused-suppression");
    expect(rulesOn(accepted, "hello")).not.toContain("structure/stale-suppression");
  });

  it("takes the suppressed findings out of the counts", () => {
    expect(lint(greetings()).counts.error - lint(accepted).counts.error).toBe(1); // 你好 is an error
    expect(lint(greetings()).counts.warning - lint(accepted).counts.warning).toBe(1); // the bare 你
  });

  it("works for structure findings too", () => {
    const loose = (suppress?: Suppress) =>
      scriptFromSketch({
        nodes: [
          { id: "ask", say: "请问您需要办理吗？", answers: { 需要: "done", 不需要: null }, ...(suppress ? { suppress } : {}) },
          { id: "done", exit: "success", say: "感谢您的来电，再见！" },
        ],
      });
    expect(rulesOn(loose(), "ask")).toContain("structure/unconnected-port");
    expect(rulesOn(loose([{ rule: "structure/unconnected-port", reason: "Handled by the dialer." }]), "ask")).not.toContain(
      "structure/unconnected-port",
    );
  });
});

describe("an unused suppression", () => {
  it("is reported on its element, naming the rule", () => {
    const doc = greetings([{ rule: "courtesy/tone", reason: "Kept from an older draft." }]);
    const unused = on(doc, "hello").filter((f) => f.ruleId === "structure/unused-suppression");
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ severity: "info", params: { rule: "courtesy/tone", node: "hello" } });
    expect(unused[0]!.message).toContain("courtesy/tone");
  });

  it("is not reported when its rule is switched off", () => {
    const doc = { ...greetings([{ rule: "courtesy/tone", reason: "Kept." }]), lint: { rules: { "structure/unused-suppression": "off" as const } } };
    expect(rulesOn(doc, "hello")).not.toContain("structure/unused-suppression");
  });
});

describe("a stale suppression (the words changed since)", () => {
  const reason = "The customer is a child.";

  it("is reported, and no longer suppresses", () => {
    const doc = greetings([{ rule: "courtesy/honorific", reason, stale: true }]);
    const findings = on(doc, "hello");
    expect(findings.filter((f) => f.ruleId === "courtesy/honorific")).toHaveLength(2);
    const stale = findings.filter((f) => f.ruleId === "structure/stale-suppression");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: "warning", params: { rule: "courtesy/honorific", reason } });
  });

  it("is what an edit of the words makes of a fresh one", () => {
    const fresh = greetings([{ rule: "courtesy/honorific", reason }]);
    expect(rulesOn(fresh, "hello")).not.toContain("courtesy/honorific");
    const node = fresh.nodes.find((n) => n.id === "hello")!;
    const edited = updateNode(fresh, { node: { ...node, text: "你好，你好，你有什么事？" } as typeof node });
    expect(rulesOn(edited, "hello")).toContain("courtesy/honorific");
    expect(rulesOn(edited, "hello")).toContain("structure/stale-suppression");
  });

  it("is not reported when the hash still matches the words", () => {
    const doc = greetings();
    const node = doc.nodes.find((n) => n.id === "again")!;
    const suppression: Suppression = { ruleId: "courtesy/honorific", reason, by: "designer", at: "2026-01-01T00:00:00.000Z", textHash: textHash(node) };
    const accepted = updateNode(doc, { node: { ...node, suppressions: [suppression] } });
    expect(rulesOn(accepted, "again")).toEqual([]);
  });

  it("cannot happen to a suppression stored without a hash: it always applies", () => {
    const doc = greetings();
    const node = doc.nodes.find((n) => n.id === "again")!;
    const suppression: Suppression = { ruleId: "courtesy/honorific", reason, by: "import", at: "2026-01-01T00:00:00.000Z" };
    const accepted = updateNode(doc, { node: { ...node, text: "你好！", suppressions: [suppression] } as typeof node });
    expect(rulesOn(accepted, "again")).toEqual([]);
  });
});
