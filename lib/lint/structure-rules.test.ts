import { describe, expect, it } from "vitest";
import type { ScriptDocument } from "../script/document";
import type { ScriptNode } from "../script/nodes";
import { BUILTIN_PACKS } from "./builtin-packs";
import { lintScript } from "./engine";
import type { Finding } from "./finding";
import { scriptFromSketch, type Sketch } from "./sketch";

// The structure pack on small scripts, one rule at a time: each script is drawn in a few lines
// ("a says this, then b") and the rule must point at the right element, with the right walk.

const sketch = (nodes: Sketch["nodes"], extra: Partial<Sketch> = {}) => scriptFromSketch({ family: "custom", nodes, ...extra });
const structure = (doc: ScriptDocument) =>
  lintScript(doc, { packs: BUILTIN_PACKS, messageLocale: "en" }).findings.filter((f) => f.category === "structure");
const only = (doc: ScriptDocument, ruleId: string) => structure(doc).filter((f) => f.ruleId === ruleId);
const where = (findings: Finding[]) => findings.map((f) => `${f.ruleId}@${f.nodeId}`);

/** A tidy call: greeting, a question with two answers, two exits. */
const tidy = () =>
  sketch([
    { id: "greet", stage: "greeting", say: "您好，请问有什么可以帮到您？", next: "ask" },
    { id: "ask", stage: "body", say: "请问您需要办理吗？", answers: { 需要: "yes", 不需要: "no" } },
    { id: "yes", stage: "closing", say: "好的，已为您办理，感谢您的来电，再见！", next: "done" },
    { id: "no", stage: "closing", say: "好的，感谢您的来电，再见！", next: "declined" },
    { id: "done", exit: "success" },
    { id: "declined", exit: "declined" },
  ]);

it("a tidy script has no structure finding", () => {
  expect(where(structure(tidy()))).toEqual([]);
});

describe("structure/single-entry", () => {
  it("reports an element nothing leads into, as a second start", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "z" },
      { id: "b", say: "孤立的话。", next: "z" },
      { id: "z", exit: "success" },
    ]);
    expect(where(only(doc, "structure/single-entry"))).toEqual(["structure/single-entry@b"]);
  });

  it("does not count an exit nothing leads into as an entry (exit-unreached reports it)", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "z" },
      { id: "z", exit: "success" },
      { id: "x", exit: "declined" },
    ]);
    expect(where(structure(doc))).toEqual(["structure/exit-unreached@x"]);
  });
});

describe("structure/unreachable", () => {
  it("reports elements the entry cannot reach, but not the one with no flow in (single-entry's)", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "z" },
      { id: "orphan", say: "这里没有入口。", next: "b" },
      { id: "b", say: "第二段。", next: "c" },
      { id: "c", say: "第三段。", next: "b" },
      { id: "z", exit: "success" },
    ]);
    expect(where(only(doc, "structure/unreachable"))).toEqual(["structure/unreachable@b", "structure/unreachable@c"]);
    expect(where(only(doc, "structure/single-entry"))).toEqual(["structure/single-entry@orphan"]);
  });
});

describe("structure/dead-end", () => {
  it("reports a reachable element with no way on, with the walk that gets there", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "b" },
      { id: "b", say: "请问您需要办理吗？", answers: { 需要: "c", 不需要: "z" } },
      { id: "c", say: "好的。" },
      { id: "z", exit: "declined" },
    ]);
    const [end, ...more] = only(doc, "structure/dead-end");
    expect(more).toEqual([]);
    expect(end).toMatchObject({ nodeId: "c", severity: "error", path: ["a", "b", "c"] });
    expect(end!.message).toBe("Nothing follows “好的。” (您好。 → 请问您需要办理吗？ → 好的。). Connect it to the next element or an exit.");
  });
});

describe("structure/unconnected-port", () => {
  it("reports an answer that leads nowhere, by its label", () => {
    const doc = sketch([
      { id: "q", say: "请问您需要办理吗？", answers: { 需要: "z", 不需要: null } },
      { id: "z", exit: "success" },
    ]);
    const [open] = only(doc, "structure/unconnected-port");
    expect(open).toMatchObject({ nodeId: "q", field: "answers", params: { port: "不需要" } });
    expect(open!.message).toBe("Answer “不需要” of “请问您需要办理吗？” leads nowhere.");
  });

  it("reports a function key's result that leads nowhere", () => {
    const doc = sketch([
      { id: "query", say: "请您稍等5秒。", key: "query-bill", seconds: 5, ok: "z" },
      { id: "z", exit: "success" },
    ]);
    const [open] = only(doc, "structure/unconnected-port");
    expect(open).toMatchObject({ nodeId: "query", params: { port: "error" } });
    expect(open!.message).toBe("The “error” result of function key “请您稍等5秒。” leads nowhere.");
  });

  it("reports a condition's branch that leads nowhere", () => {
    const doc = sketch(
      [
        { id: "vip", if: { all: [{ var: "isVip", op: "eq", value: true }] }, yes: "z" },
        { id: "z", exit: "success" },
      ],
      { variables: [{ name: "isVip", type: "boolean", source: "customer" }] },
    );
    const [open] = only(doc, "structure/unconnected-port");
    expect(open).toMatchObject({ nodeId: "vip", params: { port: "false" } });
    expect(open!.message).toBe("Branch “false” of “vip” leads nowhere.");
  });

  it("leaves an element with nothing connected to dead-end", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "q" },
      { id: "q", say: "请问您需要办理吗？", answers: { 需要: null, 不需要: null } },
    ]);
    expect(where(structure(doc))).toEqual(["structure/dead-end@q"]);
  });
});

describe("structure/duplicate-answer", () => {
  const choice = (labels: string[]): ScriptDocument => {
    const doc = sketch([
      { id: "q", say: "请问您方便吗？", answers: { 占位: "z" } },
      { id: "z", exit: "success" },
    ]);
    const q = doc.nodes[0] as Extract<ScriptNode, { kind: "choice" }>;
    const answers = labels.map((label, i) => ({ id: `a${i + 1}`, label }));
    return { ...doc, nodes: [{ ...q, answers }, ...doc.nodes.slice(1)], edges: answers.map((a) => ({ from: "q", port: a.id, to: "z" })) };
  };

  it("reports two answers that read the same after folding case, width and spaces", () => {
    const found = only(choice(["Yes", "ｙｅｓ ", "No"]), "structure/duplicate-answer");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ nodeId: "q", field: "answers", params: { answer: "ｙｅｓ " } });
  });

  it("reports a blank answer", () => {
    const found = only(choice(["方便", "  "]), "structure/duplicate-answer");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe("“请问您方便吗？” has a blank answer.");
  });

  it("accepts different answers", () => {
    expect(only(choice(["方便", "不方便"]), "structure/duplicate-answer")).toEqual([]);
  });
});

describe("structure/exit-unreached", () => {
  it("reports an exit no walk reaches, with its outcome", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "z" },
      { id: "z", exit: "success" },
      { id: "lost", say: "没有入口。", next: "x" },
      { id: "x", exit: "transfer" },
    ]);
    const [exit] = only(doc, "structure/exit-unreached");
    expect(exit).toMatchObject({ nodeId: "x", severity: "warning", params: { outcome: "transfer" } });
  });
});

describe("structure/trap-loop", () => {
  it("reports a loop with no way out on the loop's head, not on the way in", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "lead" },
      { id: "lead", say: "我先说明一下。", next: "b" },
      { id: "b", say: "请您再说一遍好吗？", next: "c" },
      { id: "c", say: "好的。", next: "d" },
      { id: "d", say: "我没有听清楚。", next: "b" },
      { id: "z", exit: "success" },
    ]);
    const traps = only(doc, "structure/trap-loop");
    expect(traps).toHaveLength(1);
    expect(traps[0]).toMatchObject({ nodeId: "b", path: ["b", "c", "d"] });
  });

  it("leaves a loop the call can leave alone", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "b" },
      { id: "b", say: "请问您听清楚了吗？", answers: { 没听清: "b", 听清了: "z" } },
      { id: "z", exit: "success" },
    ]);
    expect(only(doc, "structure/trap-loop")).toEqual([]);
  });

  it("leaves a loop with an open port to unconnected-port", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "b" },
      { id: "b", say: "请问您听清楚了吗？", answers: { 没听清: "b", 听清了: null } },
    ]);
    expect(where(structure(doc))).toEqual(["structure/unconnected-port@b"]);
  });
});

describe("structure/undefined-variable", () => {
  it("marks the placeholder of a variable the script does not define", () => {
    const text = "您好，{{客户姓名}}，请问有什么可以帮到您？";
    const doc = sketch([
      { id: "a", say: text, next: "z" },
      { id: "z", exit: "success" },
    ]);
    const [missing] = only(doc, "structure/undefined-variable");
    expect(missing).toMatchObject({ nodeId: "a", field: "text", params: { variable: "客户姓名" } });
    expect(text.slice(missing!.range!.start, missing!.range!.end)).toBe("{{客户姓名}}");
  });

  it("accepts a defined variable", () => {
    const doc = sketch(
      [
        { id: "a", say: "您好，{{ 客户姓名 }}。", next: "z" },
        { id: "z", exit: "success" },
      ],
      { variables: [{ name: "客户姓名", type: "text", source: "customer" }] },
    );
    expect(only(doc, "structure/undefined-variable")).toEqual([]);
  });
});

describe("structure/unset-variable", () => {
  it("reports a fill-in value used where one branch skipped the field, with that walk", () => {
    const text = "我们会打 {{phone}} 联系您。";
    const doc = sketch([
      { id: "q", say: "请问您方便留个电话吗？", answers: { 方便: "f", 不方便: "c" } },
      { id: "f", say: "请您说一下号码。", field: "phone", type: "phone", next: "c" },
      { id: "c", say: text, next: "z" },
      { id: "z", exit: "success" },
    ]);
    const [unset, ...more] = only(doc, "structure/unset-variable");
    expect(more).toEqual([]);
    expect(unset).toMatchObject({ nodeId: "c", field: "text", path: ["q", "c"], params: { variable: "phone" } });
    expect(text.slice(unset!.range!.start, unset!.range!.end)).toBe("{{phone}}");
  });

  it("accepts a value every walk fills in first", () => {
    const doc = sketch([
      { id: "f", say: "请您说一下号码。", field: "phone", type: "phone", next: "c" },
      { id: "c", say: "我们会打 {{phone}} 联系您。", next: "z" },
      { id: "z", exit: "success" },
    ]);
    expect(only(doc, "structure/unset-variable")).toEqual([]);
  });

  it("counts a function key's outputs as set only when it succeeds", () => {
    const doc = sketch(
      [
        { id: "order", say: "正在为您提交订单，请您稍等10秒。", key: "submit-order", seconds: 10, sets: ["orderId"], ok: "confirm", error: "sorry" },
        { id: "confirm", say: "订单号是{{orderId}}。", next: "z" },
        { id: "sorry", say: "订单{{orderId}}没有提交成功。", next: "z" },
        { id: "z", exit: "success" },
      ],
      { variables: [{ name: "orderId", type: "text", source: "input" }] },
    );
    expect(where(only(doc, "structure/unset-variable"))).toEqual(["structure/unset-variable@sorry"]);
  });

  it("checks a condition's variables too", () => {
    const doc = sketch(
      [
        { id: "q", say: "请问您方便留个电话吗？", answers: { 方便: "f", 不方便: "check" } },
        { id: "f", say: "请您说一下号码。", field: "phone", type: "phone", next: "check" },
        { id: "check", if: { all: [{ var: "phone", op: "notEmpty" }] }, yes: "z", no: "z" },
        { id: "z", exit: "success" },
      ],
    );
    const [unset] = only(doc, "structure/unset-variable");
    expect(unset).toMatchObject({ nodeId: "check", field: "rules", params: { variable: "phone" } });
  });

  it("knows customer and system variables from the start of the call", () => {
    const doc = sketch(
      [
        { id: "a", say: "您好，{{customerName}}，您的套餐是{{plan}}。", next: "z" },
        { id: "z", exit: "success" },
      ],
      {
        variables: [
          { name: "customerName", type: "text", source: "customer" },
          { name: "plan", type: "text", source: "system" },
        ],
      },
    );
    expect(only(doc, "structure/unset-variable")).toEqual([]);
  });
});

describe("structure/empty-text", () => {
  it("reports a statement or a question with nothing to say", () => {
    const doc = sketch([
      { id: "a", say: "  ", next: "q" },
      { id: "q", say: "", answers: { 好: "z" } },
      { id: "z", exit: "success" },
    ]);
    expect(where(only(doc, "structure/empty-text"))).toEqual(["structure/empty-text@a", "structure/empty-text@q"]);
  });

  it("leaves a function key or an exit without words alone", () => {
    const doc = sketch([
      { id: "k", key: "send-sms", ok: "z", error: "z" },
      { id: "z", exit: "success" },
    ]);
    expect(only(doc, "structure/empty-text")).toEqual([]);
  });
});

describe("structure/no-stage", () => {
  it("reports an element that belongs to no stage, but not an exit", () => {
    const doc = sketch([
      { id: "a", say: "您好。", next: "b" },
      { id: "b", stage: null, say: "好的。", next: "z" },
      { id: "z", exit: "success" },
    ]);
    expect(where(only(doc, "structure/no-stage"))).toEqual(["structure/no-stage@b"]);
  });
});

describe("structure/stage-backwards", () => {
  it("reports a flow back into an earlier stage, from the element that goes back", () => {
    const doc = sketch([
      { id: "a", stage: "greeting", say: "您好。", next: "b" },
      { id: "b", stage: "body", say: "请问您听清楚了吗？", answers: { 没听清: "a", 听清了: "z" } },
      { id: "z", exit: "success" },
    ]);
    const [back] = only(doc, "structure/stage-backwards");
    expect(back).toMatchObject({ nodeId: "b", stageId: "body", path: ["b", "a"], severity: "warning" });
    // Stage names are the script's own (a Chinese script), the message is in the language asked for.
    expect(back!.message).toBe("“请问您听清楚了吗？” (正文) goes back to “您好。” in the earlier stage “开场”.");
  });

  it("accepts a loop inside one stage, and any flow to an exit", () => {
    const doc = sketch([
      { id: "a", stage: "greeting", say: "您好。", next: "b" },
      { id: "b", stage: "closing", say: "请问您听清楚了吗？", answers: { 没听清: "b", 听清了: "z" } },
      { id: "z", exit: "success" },
    ]);
    expect(only(doc, "structure/stage-backwards")).toEqual([]);
  });
});
