import { describe, expect, it } from "vitest";
import { act, ask, end, flow, say, script } from "@/test/builders/script";
import { validateScript } from "../validate";
import type { ScriptDocument } from "../document";
import { addNode, moveNodes, removeNodes, setEntry, updateNode } from "./nodes";
import { connect, disconnect } from "./edges";
import { copyFragment, pasteFragment, planPasteIds } from "./clipboard";
import { addStage, assignStage, moveStage, removeStage, updateStage } from "./stages";
import { addVariable, removeVariable, updateVariable } from "./variables";

const valid = (doc: ScriptDocument) => {
  const result = validateScript(doc);
  expect(result.ok ? [] : result.issues).toEqual([]);
  return doc;
};

const base = () =>
  script(
    [ask("q", ["yes", "no"]), say("thanks"), end("done"), end("declined", "declined")],
    [flow("q", "yes", "thanks"), flow("q", "no", "declined"), flow("thanks", "done")],
    { layout: { positions: { q: { x: 0, y: 0 }, thanks: { x: 300, y: 0 }, done: { x: 600, y: 0 }, declined: { x: 300, y: 200 } } } },
  );

describe("adding and connecting", () => {
  it("adds an element at a position", () => {
    const doc = valid(addNode(base(), { node: say("extra"), position: { x: 1, y: 2 } }));
    expect(doc.nodes.at(-1)?.id).toBe("extra");
    expect(doc.layout.positions.extra).toEqual({ x: 1, y: 2 });
  });

  it("refuses a second element with the same id", () => {
    const doc = base();
    expect(addNode(doc, { node: say("q") })).toBe(doc);
  });

  it("connects an output, replacing where it led before", () => {
    const doc = valid(connect(base(), { from: "q", port: "yes", to: "done" }));
    expect(doc.edges.filter((e) => e.from === "q" && e.port === "yes")).toEqual([{ from: "q", port: "yes", to: "done" }]);
  });

  it("ignores outputs an element does not have and targets that do not exist", () => {
    const doc = base();
    expect(connect(doc, { from: "q", port: "maybe", to: "done" })).toBe(doc);
    expect(connect(doc, { from: "q", port: "yes", to: "ghost" })).toBe(doc);
    expect(connect(doc, { from: "done", port: "next", to: "q" })).toBe(doc);
  });

  it("disconnects an output", () => {
    expect(disconnect(base(), { from: "q", port: "no" }).edges).not.toContainEqual({ from: "q", port: "no", to: "declined" });
  });
});

describe("changing and deleting", () => {
  it("drops the flow of an answer that was removed", () => {
    const doc = base();
    const q = doc.nodes[0];
    if (q?.kind !== "choice") throw new Error("expected a choice");
    const next = valid(updateNode(doc, { node: { ...q, answers: q.answers.filter((a) => a.id !== "no") } }));
    expect(next.edges.some((e) => e.port === "no")).toBe(false);
  });

  it("refuses to turn an element into another kind", () => {
    const doc = base();
    expect(updateNode(doc, { node: say("q") })).toBe(doc);
  });

  it("deletes elements with their flows and positions", () => {
    const doc = valid(removeNodes(base(), { ids: ["thanks"] }));
    expect(doc.nodes.map((n) => n.id)).toEqual(["q", "done", "declined"]);
    expect(doc.edges).toEqual([{ from: "q", port: "no", to: "declined" }]);
    expect(doc.layout.positions.thanks).toBeUndefined();
  });

  it("keeps the entry element until another is made the entry", () => {
    const doc = base();
    expect(removeNodes(doc, { ids: ["q"] })).toBe(doc);
    const moved = valid(removeNodes(setEntry(doc, { id: "thanks" }), { ids: ["q"] }));
    expect(moved.entry).toBe("thanks");
  });

  it("moves elements", () => {
    expect(moveNodes(base(), { positions: { q: { x: 9, y: 9 }, ghost: { x: 0, y: 0 } } }).layout.positions).toMatchObject({
      q: { x: 9, y: 9 },
    });
  });
});

describe("copy and paste", () => {
  it("pastes a selection under new ids, keeping the flows inside it", () => {
    const doc = base();
    const fragment = copyFragment(doc, ["q", "thanks"]);
    expect(fragment.edges).toEqual([{ from: "q", port: "yes", to: "thanks" }]);
    const ids = planPasteIds(doc, fragment);
    expect(ids).toEqual({ q: "q-2", thanks: "thanks-2" });
    const pasted = valid(pasteFragment(doc, { fragment, ids, offset: { x: 40, y: 40 } }));
    expect(pasted.nodes.map((n) => n.id)).toEqual(["q", "thanks", "done", "declined", "q-2", "thanks-2"]);
    expect(pasted.edges).toContainEqual({ from: "q-2", port: "yes", to: "thanks-2" });
    expect(pasted.edges.filter((e) => e.from === "q-2")).toHaveLength(1);
    expect(pasted.layout.positions["q-2"]).toEqual({ x: 40, y: 40 });
  });

  it("numbers a second paste past the first", () => {
    const doc = base();
    const fragment = copyFragment(doc, ["thanks"]);
    const once = pasteFragment(doc, { fragment, ids: planPasteIds(doc, fragment), offset: { x: 0, y: 0 } });
    expect(planPasteIds(once, fragment)).toEqual({ thanks: "thanks-3" });
  });

  it("brings the variables a fragment uses into another script, and drops stages it lacks", () => {
    const source = script([{ id: "ask-phone", kind: "input", stageId: "capture", text: "您的电话是{{phone}}吗？", variable: "phone", inputType: "phone", required: true }], [], {
      stages: [{ id: "capture", name: "采集", order: 0, budgetSeconds: null }],
      variables: [{ name: "phone", type: "phone", label: "电话", source: "input" }],
    });
    const target = base();
    const fragment = copyFragment(source, ["ask-phone"]);
    const pasted = valid(pasteFragment(target, { fragment, ids: planPasteIds(target, fragment), offset: { x: 0, y: 0 } }));
    expect(pasted.variables.map((v) => v.name)).toEqual(["phone"]);
    expect(pasted.nodes.at(-1)).toMatchObject({ id: "ask-phone", stageId: null });
  });
});

describe("stages", () => {
  const staged = () =>
    addStage(addStage(base(), { stage: { id: "pitch", name: "Pitch", budgetSeconds: 40 } }), {
      stage: { id: "close", name: "Close", budgetSeconds: null },
    });

  it("adds stages in reading order", () => {
    expect(valid(staged()).stages.map((s) => [s.id, s.order])).toEqual([
      ["main", 0],
      ["pitch", 1],
      ["close", 2],
    ]);
  });

  it("reorders and renumbers", () => {
    expect(valid(moveStage(staged(), { id: "close", toIndex: 0 })).stages.map((s) => s.id)).toEqual(["close", "main", "pitch"]);
  });

  it("renames and re-budgets", () => {
    expect(updateStage(staged(), { id: "pitch", changes: { name: "主题介绍", budgetSeconds: 35 } }).stages[1]).toMatchObject({
      name: "主题介绍",
      budgetSeconds: 35,
    });
  });

  it("removes a stage, moving its elements elsewhere, but never the last one", () => {
    const doc = valid(removeStage(staged(), { id: "main", moveTo: "pitch" }));
    expect(doc.nodes.filter((n) => n.kind !== "exit").every((n) => n.stageId === "pitch")).toBe(true);
    const single = base();
    expect(removeStage(single, { id: "main", moveTo: null })).toBe(single);
  });

  it("moves elements to a stage", () => {
    const doc = valid(assignStage(staged(), { ids: ["q", "done"], stageId: "pitch" }));
    expect(doc.nodes.find((n) => n.id === "q")).toMatchObject({ stageId: "pitch" });
  });
});

describe("variables", () => {
  const withVars = () =>
    addVariable(
      script(
        [
          say("hi", "您好，{{customerName}}，{{ customerName }}"),
          { id: "check", kind: "condition", stageId: "main", rules: { all: [{ var: "customerName", op: "notEmpty" }] } },
          act("lookup"),
        ],
        [],
      ),
      { variable: { name: "customerName", type: "text", label: "姓名", source: "customer" } },
    );

  it("follows a renamed variable into text and conditions", () => {
    const doc = valid(updateVariable(withVars(), { name: "customerName", variable: { name: "客户姓名", type: "text", label: "姓名", source: "customer" } }));
    expect(doc.nodes[0]).toMatchObject({ text: "您好，{{客户姓名}}，{{客户姓名}}" });
    expect(doc.nodes[1]).toMatchObject({ rules: { all: [{ var: "客户姓名" }] } });
  });

  it("keeps a variable that something uses", () => {
    const doc = withVars();
    expect(removeVariable(doc, { name: "customerName" })).toBe(doc);
    const unused = addVariable(doc, { variable: { name: "spare", type: "number", label: "", source: "system" } });
    expect(removeVariable(unused, { name: "spare" }).variables.map((v) => v.name)).toEqual(["customerName"]);
  });
});
