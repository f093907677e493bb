import { describe, expect, it } from "vitest";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { applyFixes, applyTextEdit } from "./apply-edit";
import { BUILTIN_PACKS } from "./builtin-packs";
import { lintScript } from "./engine";
import { SEVERITY_RANK, type TextEdit } from "./finding";
import { lintText } from "./lint-text";
import { scriptFromSketch } from "./sketch";

// The engine end to end: what a report holds, how findings are ordered and worded, and how fixes
// and rewrites become ordinary document edits.

const lint = (doc: ScriptDocument, messageLocale?: "en" | "zh-CN") => lintScript(doc, { packs: BUILTIN_PACKS, messageLocale });
const textOf = (doc: ScriptDocument, id: string) => {
  const node = doc.nodes.find((n) => n.id === id);
  return node && "text" in node ? (node.text ?? "") : undefined;
};

/** An inbound call whose greeting says 你好 twice and asks a blunt 什么. */
const draft = () =>
  scriptFromSketch({
    family: "inbound",
    nodes: [
      { id: "greet", stage: "greeting", say: "你好，请问有什么可以帮到您？你好！", next: "listen" },
      { id: "listen", stage: "listen", say: "你说什么？", next: "bye" },
      { id: "bye", stage: "closing", say: "请问还有什么可以帮您吗？感谢您的来电，再见！", next: "done" },
      { id: "done", exit: "success" },
    ],
  });

describe("a lint report", () => {
  it("orders findings errors first, then by element and position", () => {
    const { findings } = lint(draft());
    const ranks = findings.map((f) => SEVERITY_RANK[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const greetErrors = findings.filter((f) => f.severity === "error" && f.nodeId === "greet").map((f) => f.range!.start);
    expect(greetErrors).toEqual([0, 14]);
  });

  it("counts findings by severity", () => {
    const report = lint(draft());
    for (const severity of ["error", "warning", "info"] as const) {
      expect(report.counts[severity]).toBe(report.findings.filter((f) => f.severity === severity).length);
    }
    expect(report.counts.error).toBeGreaterThan(0);
  });

  it("carries the rule, its category and the words in its parameters", () => {
    const word = lint(draft()).findings.find((f) => f.ruleId === "courtesy/banned-word" && f.nodeId === "listen")!;
    expect(word).toMatchObject({ category: "courtesy", severity: "error", field: "text", range: { start: 2, end: 4 }, params: { phrase: "什么" } });
    expect(word.suggestions?.[0]).toEqual({
      text: "对不起，我没有听清楚，请您再说一遍好吗？",
      edit: { nodeId: "listen", field: "text", range: { start: 2, end: 4 }, text: "对不起，我没有听清楚，请您再说一遍好吗？" },
    });
  });

  it("renders messages in the language asked for, the script's own by default", () => {
    const byDefault = lint(draft()).findings.find((f) => f.ruleId === "courtesy/honorific")!;
    const english = lint(draft(), "en").findings.find((f) => f.ruleId === "courtesy/honorific")!;
    expect(byDefault.message).toBe("称呼客户请用“您好”，不用“你好”。");
    expect(english.message).toBe("Address the customer with “您好”, not “你好”.");
    expect(english.params).toEqual(byDefault.params);
  });

  it("is deterministic: the same document gives the same report", () => {
    expect(lint(draft())).toEqual(lint(draft()));
  });

  it("lints one line of copy without a script, leaving out the rules about stages", () => {
    const findings = lintText("你好，请稍等。", { locale: "zh-CN", packs: BUILTIN_PACKS });
    expect(findings.map((f) => f.ruleId)).toEqual(["courtesy/honorific", "courtesy/wait-time"]);
    expect(findings.every((f) => f.nodeId === "line")).toBe(true);
  });
});

describe("applyTextEdit", () => {
  it("replaces the range with the text, as an ordinary element update", () => {
    const doc = draft();
    const edited = applyTextEdit(doc, { nodeId: "listen", field: "text", range: { start: 0, end: 1 }, text: "您" });
    expect(textOf(edited, "listen")).toBe("您说什么？");
    expect(textOf(doc, "listen")).toBe("你说什么？"); // the document itself is never changed
    expect(edited.edges).toBe(doc.edges);
    expect(edited.nodes.filter((n, i) => n !== doc.nodes[i]).map((n) => n.id)).toEqual(["listen"]);
  });

  it("inserts at an empty range", () => {
    const edited = applyTextEdit(draft(), { nodeId: "bye", field: "text", range: { start: 0, end: 0 }, text: "好的，" });
    expect(textOf(edited, "bye")).toBe("好的，请问还有什么可以帮您吗？感谢您的来电，再见！");
  });

  it.each<[string, TextEdit]>([
    ["past the end of the words", { nodeId: "listen", field: "text", range: { start: 3, end: 99 }, text: "x" }],
    ["backwards", { nodeId: "listen", field: "text", range: { start: 3, end: 1 }, text: "x" }],
    ["before the start", { nodeId: "listen", field: "text", range: { start: -1, end: 1 }, text: "x" }],
    ["on an element that is gone", { nodeId: "nobody", field: "text", range: { start: 0, end: 1 }, text: "x" }],
    ["on an element without words", { nodeId: "done", field: "text", range: { start: 0, end: 0 }, text: "x" }],
  ])("leaves the document unchanged when the edit is stale (%s)", (_why, edit) => {
    const doc = draft();
    expect(applyTextEdit(doc, edit)).toBe(doc);
  });
});

describe("applyFixes", () => {
  it("applies every fix of a report in one step, right to left so earlier ranges stay valid", () => {
    const doc = draft();
    const fixes = lint(doc).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.map((f) => [f.nodeId, f.range.start])).toEqual([
      ["greet", 0],
      ["greet", 14],
    ]);
    const fixed = applyFixes(doc, fixes);
    expect(textOf(fixed, "greet")).toBe("您好，请问有什么可以帮到您？您好！");
  });

  it("skips a fix that overlaps an earlier one, as ESLint does", () => {
    const doc = draft();
    const edit = (start: number, end: number, text: string): TextEdit => ({ nodeId: "listen", field: "text", range: { start, end }, text });
    const fixed = applyFixes(doc, [edit(2, 4, "哪里"), edit(0, 1, "您"), edit(3, 5, "X")]);
    expect(textOf(fixed, "listen")).toBe("您说哪里？");
  });

  it("fixes several elements at once", () => {
    const doc = draft();
    const fixed = applyFixes(doc, [
      { nodeId: "listen", field: "text", range: { start: 0, end: 1 }, text: "您" },
      { nodeId: "greet", field: "text", range: { start: 0, end: 2 }, text: "您好" },
    ]);
    expect(textOf(fixed, "listen")).toBe("您说什么？");
    expect(textOf(fixed, "greet")).toBe("您好，请问有什么可以帮到您？你好！");
  });

  it("changes nothing when there is nothing to fix", () => {
    const doc = draft();
    expect(applyFixes(doc, [])).toBe(doc);
  });
});

describe("a fix", () => {
  it("does not fire again: after 你好 → 您好 the element has no honorific finding", () => {
    const doc = draft();
    const fixes = lint(doc).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const fixed = applyFixes(doc, fixes);
    expect(lint(fixed).findings.filter((f) => f.ruleId === "courtesy/honorific" && f.nodeId === "greet")).toEqual([]);
    expect(lint(fixed).findings.some((f) => f.fix)).toBe(false);
    expect(applyFixes(fixed, lint(fixed).findings.flatMap((f) => (f.fix ? [f.fix] : [])))).toBe(fixed);
  });

  it("applied one at a time gives the same words as all at once", () => {
    let doc = draft();
    for (let fix = lint(doc).findings.find((f) => f.fix)?.fix; fix; fix = lint(doc).findings.find((f) => f.fix)?.fix) {
      doc = applyTextEdit(doc, fix);
    }
    expect(textOf(doc, "greet")).toBe("您好，请问有什么可以帮到您？您好！");
  });

  it("a chosen rewrite is an edit like a fix, and it silences the finding", () => {
    const doc = draft();
    const word = lint(doc).findings.find((f) => f.ruleId === "courtesy/banned-word" && f.nodeId === "listen")!;
    const rewritten = applyTextEdit(doc, word.suggestions![0]!.edit);
    expect(textOf(rewritten, "listen")).toBe("你说对不起，我没有听清楚，请您再说一遍好吗？？");
    expect(lint(rewritten).findings.filter((f) => f.ruleId === "courtesy/banned-word" && f.nodeId === "listen")).toEqual([]);
  });

  it("a missing greeting comes with a suggestion that inserts one at the start of the entry", () => {
    const doc = scriptFromSketch({
      family: "inbound",
      nodes: [
        { id: "greet", stage: "greeting", say: "请问有什么事？", next: "bye" },
        { id: "bye", stage: "closing", say: "请问还有什么可以帮您吗？感谢您的来电，再见！", next: "done" },
        { id: "done", exit: "success" },
      ],
    });
    const missing = lint(doc).findings.find((f) => f.ruleId === "courtesy/greeting")!;
    expect(missing).toMatchObject({ nodeId: "greet", path: ["greet"] }); // the walk through the first stage
    const greeted = applyTextEdit(doc, missing.suggestions![0]!.edit);
    expect(textOf(greeted, "greet")).toBe("您好，请问有什么事？");
    expect(lint(greeted).findings.filter((f) => f.ruleId === "courtesy/greeting")).toEqual([]);
  });
});

describe("element kinds", () => {
  it("reads the words of statements, questions, fill-in fields, function keys and exits", () => {
    const doc = scriptFromSketch({
      family: "custom",
      nodes: [
        { id: "s", stage: "greeting", say: "你好。", next: "q" },
        { id: "q", stage: "body", say: "你好吗？", answers: { 好: "f" } },
        { id: "f", stage: "body", say: "你好，请说号码。", field: "phone", next: "k" },
        { id: "k", stage: "body", say: "你好，请稍等10秒。", key: "query-bill", ok: "e", error: "e" },
        { id: "e", exit: "success", say: "你好，再见。" },
      ],
    });
    const honorific = lint(doc).findings.filter((f) => f.ruleId === "courtesy/honorific").map((f) => f.nodeId);
    expect(honorific.sort()).toEqual(["e", "f", "k", "q", "s"]);
  });

  it("has no words at a condition", () => {
    const doc = scriptFromSketch({
      family: "custom",
      variables: [{ name: "isVip", type: "boolean", source: "customer" }],
      nodes: [
        { id: "c", if: { all: [{ var: "isVip", op: "eq", value: true }] }, yes: "e", no: "e" },
        { id: "e", exit: "success" },
      ],
    });
    const c = doc.nodes[0] as ScriptNode;
    expect("text" in c).toBe(false);
    expect(lint(doc).findings.filter((f) => f.nodeId === "c" && f.category === "courtesy" && f.range)).toEqual([]);
  });
});
