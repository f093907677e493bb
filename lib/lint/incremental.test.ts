import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { connect, disconnect } from "../script/commands/edges";
import { addNode, removeNodes, setEntry, updateNode } from "../script/commands/nodes";
import { updateSettings } from "../script/commands/settings";
import { assignStage, updateStage } from "../script/commands/stages";
import { addVariable } from "../script/commands/variables";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { BUILTIN_PACKS } from "./builtin-packs";
import { createLinter, lintScript, type LintSetup } from "./engine";
import { scriptFromSketch } from "./sketch";

// The editor keeps one linter per open script and re-lints after every command; it caches per
// element object and keeps the graph index while only words change. Whatever the edit, its
// report must be exactly the report of a fresh lint of the same document.

const setup: LintSetup = { packs: BUILTIN_PACKS };
const seeded = (slug: string) => EXAMPLE_SCRIPTS.find((e) => e.slug === slug)!.document;

function nodeOf(doc: ScriptDocument, id: string): ScriptNode {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no element ${id}`);
  return node;
}
function say(doc: ScriptDocument, id: string, words: (before: string) => string): ScriptDocument {
  const node = nodeOf(doc, id);
  return updateNode(doc, { node: { ...node, text: words("text" in node ? (node.text ?? "") : "") } as ScriptNode });
}

type Edit = [name: string, edit: (doc: ScriptDocument) => ScriptDocument];

const EDITS: Edit[] = [
  ["type into the pitch", (d) => say(d, "pitch-500", (t) => `${t}你好，什么？`)],
  ["keep typing there", (d) => say(d, "pitch-500", (t) => `${t}请稍等。`)],
  ["type into another element", (d) => say(d, "obj-price", (t) => t.replace("理解", "这不可能，理解"))],
  ["type a variable nobody defined", (d) => say(d, "obj-no-need", (t) => `{{优惠名称}}${t}`)],
  ["add an element", (d) => addNode(d, { node: { id: "extra", kind: "statement", stageId: "pitch", text: "好的呀，我再说明一下。" } })],
  ["connect it after the pitch", (d) => connect(d, { from: "pitch-500", port: "next", to: "extra" })],
  ["connect it onwards", (d) => connect(d, { from: "extra", port: "next", to: "ask-interest" })],
  ["type into the new element", (d) => say(d, "extra", () => "我帮你查一下，你必须今天办理。")],
  ["move it to the closing stage", (d) => assignStage(d, { ids: ["extra"], stageId: "closing" })],
  ["take it out of every stage", (d) => assignStage(d, { ids: ["extra"], stageId: null })],
  ["tighten the pitch budget", (d) => updateStage(d, { id: "pitch", changes: { budgetSeconds: 5 } })],
  ["give the capture stage a budget", (d) => updateStage(d, { id: "capture", changes: { budgetSeconds: 3 } })],
  ["rename a stage's role", (d) => updateStage(d, { id: "objection", changes: { role: "pitch" } })],
  ["switch a rule off in the script", (d) => ({ ...d, lint: { rules: { "courtesy/honorific": "off" } } })],
  ["make the pitch rule stricter", (d) => ({ ...d, lint: { ...d.lint, rules: { ...d.lint?.rules, "timing/pitch-sentences": { options: { max: 2 } } } } })],
  ["slow the speaking rate", (d) => ({ ...d, lint: { ...d.lint, speech: { hanPerMinute: 120 } } })],
  ["disconnect an answer", (d) => disconnect(d, { from: "ask-interest", port: nodeOf(d, "ask-interest").kind === "choice" ? (nodeOf(d, "ask-interest") as Extract<ScriptNode, { kind: "choice" }>).answers[0]!.id : "next" })],
  ["rename an answer", (d) => {
    const ask = nodeOf(d, "reconsider") as Extract<ScriptNode, { kind: "choice" }>;
    return updateNode(d, { node: { ...ask, answers: ask.answers.map((a, i) => (i === 0 ? { ...a, label: ask.answers[1]?.label ?? a.label } : a)) } });
  }],
  ["stop a function key returning the order id", (d) => {
    const key = nodeOf(d, "submit-order") as Extract<ScriptNode, { kind: "action" }>;
    return updateNode(d, { node: { ...key, outputs: [] } });
  }],
  ["make the customer's reply slower", (d) => updateNode(d, { node: { ...(nodeOf(d, "ask-interest") as Extract<ScriptNode, { kind: "choice" }>), replySeconds: 30 } })],
  ["add a variable", (d) => addVariable(d, { variable: { name: "优惠名称", type: "text", label: "优惠名称", source: "system" } })],
  ["change an exit's outcome", (d) => updateNode(d, { node: { ...(nodeOf(d, "end-success") as Extract<ScriptNode, { kind: "exit" }>), outcome: "other" } })],
  ["suppress a finding", (d) => {
    const node = nodeOf(d, "obj-price");
    return updateNode(d, { node: { ...node, suppressions: [{ ruleId: "courtesy/banned-word", reason: "Quoted from the offer.", by: "t", at: "2026-01-01T00:00:00.000Z" }] } });
  }],
  ["delete elements", (d) => removeNodes(d, { ids: ["obj-family", "extra"] })],
  ["start the call somewhere else", (d) => setEntry(d, { id: "check-time" })],
  ["change the script's family", (d) => updateSettings(d, { changes: { family: "outbound-maintenance" } })],
  ["change the script's language", (d) => updateSettings(d, { changes: { locale: "en" } })],
];

describe("createLinter().lint after each edit equals a fresh lintScript", () => {
  it("through a whole editing session", () => {
    const linter = createLinter();
    let doc = seeded("broadband-upgrade-offer");
    expect(linter.lint(doc, setup)).toEqual(lintScript(doc, setup));
    for (const [name, edit] of EDITS) {
      const next = edit(doc);
      expect(next, `${name} changed nothing`).not.toBe(doc);
      doc = next;
      expect(linter.lint(doc, setup), name).toEqual(lintScript(doc, setup));
    }
  });

  it.each(EDITS.map(([name], i) => [name, i] as const))("%s, on its own", (_name, i) => {
    // Every edit applied to the script after the edits before it, with a linter that saw only the
    // document before: the edit alone is what the caches have to get right.
    let before = seeded("broadband-upgrade-offer");
    for (const [, edit] of EDITS.slice(0, i)) before = edit(before);
    const linter = createLinter();
    linter.lint(before, setup);
    const after = EDITS[i]![1](before);
    expect(linter.lint(after, setup)).toEqual(lintScript(after, setup));
  });

  it("when an edit is undone (the earlier document comes back)", () => {
    const linter = createLinter();
    const first = seeded("broadband-upgrade-offer");
    const edited = say(first, "pitch-500", (t) => `你好，${t}`);
    const moved = assignStage(edited, { ids: ["pitch-500"], stageId: "closing" });
    for (const doc of [first, edited, moved, edited, first]) expect(linter.lint(doc, setup)).toEqual(lintScript(doc, setup));
  });

  it("when one linter is handed different scripts in turn", () => {
    const linter = createLinter();
    for (const doc of [...EXAMPLE_SCRIPTS, ...EXAMPLE_SCRIPTS].map((e) => e.document)) {
      expect(linter.lint(doc, setup)).toEqual(lintScript(doc, setup));
    }
  });

  it("when the workspace settings change between lints", () => {
    const linter = createLinter();
    const doc = say(seeded("broadband-fault-inbound"), "greet", (t) => `你好，${t}`);
    for (const workspace of [undefined, { rules: { "courtesy/honorific": "off" as const } }, { speech: { hanPerMinute: 100 } }, undefined]) {
      expect(linter.lint(doc, { ...setup, workspace })).toEqual(lintScript(doc, { ...setup, workspace }));
    }
  });

  it("when the message language changes between lints", () => {
    // Phrase findings are cached per element with their labels rendered: a new language must not
    // reuse labels in the old one.
    const linter = createLinter();
    const doc = say(seeded("broadband-fault-inbound"), "greet", (t) => `喂，你好，${t}`);
    for (const messageLocale of ["en", "zh-CN", undefined, "en"] as const) {
      expect(linter.lint(doc, { ...setup, messageLocale })).toEqual(lintScript(doc, { ...setup, messageLocale }));
    }
  });

  it("when the words or the label of an element named in a graph finding change", () => {
    // Graph-only checks keep their reports while only words change, unless they named an element
    // that was edited: the finding must then name it by its new words or label.
    const linter = createLinter();
    let doc = scriptFromSketch({
      nodes: [
        { id: "greet", stage: "greeting", say: "您好，请问有什么可以帮到您？", next: "ask" },
        { id: "ask", stage: "body", say: "请问您听清楚了吗？", answers: { 没听清: "greet", 听清了: "note" } },
        { id: "note", stage: "body", say: "好的，我为您记录一下。", next: "bye" },
        { id: "bye", stage: "closing", say: "感谢您的来电，再见！", next: "done" },
        { id: "done", exit: "success" },
      ],
    });
    const backwards = (d: ScriptDocument) => linter.lint(d, setup).findings.filter((f) => f.ruleId === "structure/stage-backwards");
    expect(backwards(doc).map((f) => f.nodeId)).toEqual(["ask"]);
    const steps: ((d: ScriptDocument) => ScriptDocument)[] = [
      (d) => say(d, "ask", () => "请问您都听清楚了吗？"),
      (d) => say(d, "note", (t) => `${t}请稍等。`), // an element the finding does not name
      (d) => updateNode(d, { node: { ...nodeOf(d, "ask"), label: "确认听清" } }),
      (d) => say(d, "greet", () => "您好，这里是电信客服。"), // the element it goes back to
      (d) => updateNode(d, { node: { ...nodeOf(d, "greet"), label: "问候" } }),
    ];
    for (const step of steps) {
      doc = step(doc);
      expect(linter.lint(doc, setup)).toEqual(lintScript(doc, setup));
    }
    expect(backwards(doc)[0]!.params).toMatchObject({ node: "确认听清", target: "问候" });
  });

  it("through a long pseudo-random session of small edits", () => {
    let seed = 20261123;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const words = ["你好，什么？", "请稍等。", "", "好的呀。", "{{contactPhone}}", "感谢您的来电，再见！"];
    const linter = createLinter();
    let doc = seeded("broadband-fault-inbound");
    for (let step = 0; step < 150; step++) {
      const node = pick(doc.nodes);
      const r = random();
      if (r < 0.5 && "text" in node) doc = say(doc, node.id, (t) => pick(words) + (random() < 0.5 ? t : ""));
      else if (r < 0.65) doc = updateNode(doc, { node: { ...node, label: random() < 0.5 ? "新名字" : undefined } as ScriptNode });
      else if (r < 0.75 && node.kind === "exit") doc = updateNode(doc, { node: { ...node, outcome: pick(["success", "declined", "other"] as const) } });
      else if (r < 0.85 && node.kind !== "exit") doc = assignStage(doc, { ids: [node.id], stageId: pick([...doc.stages.map((s) => s.id), null]) });
      else if (node.kind === "statement") doc = connect(doc, { from: node.id, port: "next", to: pick(doc.nodes).id });
      expect(linter.lint(doc, setup), `step ${step}`).toEqual(lintScript(doc, setup));
    }
  });

  it("when only words change, the stage times follow the words", () => {
    const linter = createLinter();
    const doc = seeded("broadband-upgrade-offer");
    const longer = say(doc, "pitch-500", (t) => t + t);
    const pitch = (d: ScriptDocument) => linter.lint(d, setup).stages.find((s) => s.stageId === "pitch")!.seconds;
    expect(pitch(longer)).toBeGreaterThan(pitch(doc));
  });
});
