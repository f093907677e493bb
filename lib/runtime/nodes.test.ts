import { describe, expect, it } from "vitest";
import { ask, end, flow, say, script } from "@/test/builders/script";
import { SYSTEM, ZHANG, kitchenSink } from "./kitchen-sink.fixture";
import { expectedInputs } from "./current";
import { start } from "./start";
import { step } from "./step";
import type { RuntimeInput, RuntimeState } from "./types";

// One test per element kind: what the engine does there, what it records and where it goes.

function walk(state: RuntimeState, ...inputs: RuntimeInput[]): RuntimeState {
  for (const input of inputs) {
    const result = step(state, input);
    if (!result.ok) throw new Error(`refused at ${state.nodeId}: ${JSON.stringify(result.error)}`);
    state = result.state;
  }
  return state;
}

const begin = () => start(kitchenSink, ZHANG, { system: SYSTEM });
/** To the multi choice: greet, ask "是", the condition passes by itself, pitch. */
const atExtras = () => walk(begin(), { type: "next" }, { type: "answer", answerId: "yes" }, { type: "next" });
const atDate = () => walk(atExtras(), { type: "answers", answerIds: ["tv"] }, { type: "input", value: "13800138000" });
const atSubmit = () =>
  walk(atDate(), { type: "input", value: "2030-01-15" }, { type: "input", value: "上午" }, { type: "input", value: "2" }, { type: "input", value: "" });

describe("start", () => {
  it("is at the entry, awaiting input, with the words filled in and every stage at 0 s", () => {
    const state = begin();
    expect(state).toMatchObject({ nodeId: "greet", status: "running", outcome: null, text: "您好，张先生，我是小李。", steps: [], seconds: 0 });
    expect(state.stageSeconds).toEqual({ open: 0, body: 0, close: 0 });
    expect(state.variables).toEqual({ 客户姓名: "张先生", 宽带速率: 100, 坐席姓名: "小李" });
    expect(expectedInputs(state)).toEqual(["next"]);
  });

  it("reads customer values as their variables' types, drops blanks and ignores undeclared names", () => {
    const state = start(kitchenSink, { 客户姓名: " ", 宽带速率: "300", 陌生: "x" }, { system: { 是否VIP: "是" } });
    expect(state.variables).toEqual({ 宽带速率: 300, 是否VIP: true });
    expect(state.given).toEqual({ customer: { 宽带速率: 300 }, system: { 是否VIP: true } });
  });

  it("keeps a value that does not read as its type as given (a start cannot fail)", () => {
    expect(start(kitchenSink, { 宽带速率: "很快" }).variables).toEqual({ 宽带速率: "很快" });
  });

  it("passes an entry condition at once", () => {
    const doc = script(
      [{ id: "c", kind: "condition", stageId: "main", rules: { any: [] } }, say("a"), say("b"), end("done")],
      [flow("c", "true", "a"), flow("c", "false", "b"), flow("a", "done"), flow("b", "done")],
    );
    const state = start(doc);
    expect(state.nodeId).toBe("b");
    expect(state.steps).toEqual([{ nodeId: "c", kind: "condition", port: "false", stageId: "main", seconds: 0 }]);
  });
});

describe("statement", () => {
  it("advances with next and records its speaking time in its stage", () => {
    const state = walk(begin(), { type: "next" });
    expect(state.nodeId).toBe("ask");
    expect(state.steps).toEqual([{ nodeId: "greet", kind: "statement", stageId: "open", port: "next", input: { type: "next" }, seconds: expect.any(Number) }]);
    expect(state.stageSeconds.open).toBe(state.steps[0]!.seconds);
    expect(state.seconds).toBe(state.steps[0]!.seconds);
  });
});

describe("single choice", () => {
  it("follows the chosen answer and records its label", () => {
    const state = walk(begin(), { type: "next" }, { type: "answer", answerId: "no" });
    expect(state.steps[1]).toMatchObject({ nodeId: "ask", port: "no", labels: ["不方便"], input: { type: "answer", answerId: "no" } });
  });
});

describe("condition", () => {
  it("is evaluated as soon as the call gets there and recorded with 0 s", () => {
    const state = walk(begin(), { type: "next" }, { type: "answer", answerId: "yes" });
    expect(state.nodeId).toBe("pitch");
    expect(state.steps[2]).toEqual({ nodeId: "check", kind: "condition", stageId: "body", port: "true", seconds: 0 });
    expect(state.text).toBe("您现在是100M宽带，每月加20元就能升级到500M。");
  });

  it("takes the false branch when the rules do not hold", () => {
    const fast = walk(start(kitchenSink, { 宽带速率: 300 }), { type: "next" }, { type: "answer", answerId: "yes" });
    expect(fast.nodeId).toBe("extras");
    expect(fast.steps.at(-1)).toMatchObject({ nodeId: "check", port: "false" });
  });
});

describe("multi choice", () => {
  it("follows the first chosen answer in the choice's own order, whatever order they were given in", () => {
    const state = walk(atExtras(), { type: "answers", answerIds: ["none", "phone", "tv"] });
    expect(state.nodeId).toBe("ask-phone");
    expect(state.steps.at(-1)).toMatchObject({ port: "tv", labels: ["电视", "固话", "都不需要"], input: { type: "answers", answerIds: ["tv", "phone", "none"] } });
  });

  it("records each chosen answer once", () => {
    const state = walk(atExtras(), { type: "answers", answerIds: ["phone", "phone"] });
    expect(state.nodeId).toBe("ask-email");
    expect(state.steps.at(-1)?.labels).toEqual(["固话"]);
  });

  it("takes a single answer too", () => {
    expect(walk(atExtras(), { type: "answer", answerId: "phone" }).nodeId).toBe("ask-email");
    expect(expectedInputs(atExtras())).toEqual(["answers", "answer"]);
  });

  it("adds the customer's reply time to the spoken question", () => {
    const before = atExtras();
    const after = walk(before, { type: "answer", answerId: "tv" });
    expect(after.steps.at(-1)!.seconds).toBeGreaterThan(4);
    expect(after.stageSeconds.body! - before.stageSeconds.body!).toBe(after.steps.at(-1)!.seconds);
  });
});

describe("input", () => {
  it("stores each type: phone, date and enum as text, a number as a number", () => {
    const state = atSubmit();
    expect(state.variables).toMatchObject({ 联系电话: "13800138000", 上门日期: "2030-01-15", 时段: "上午", 台数: 2 });
    expect(state.steps.find((s) => s.nodeId === "ask-count")).toMatchObject({ value: 2, input: { type: "input", value: "2" } });
  });

  it("trims what was typed", () => {
    const state = walk(atExtras(), { type: "answer", answerId: "tv" }, { type: "input", value: "  13800138000 " });
    expect(state.variables["联系电话"]).toBe("13800138000");
  });

  it("stores an email, and skips a blank optional field by clearing its variable", () => {
    const atEmail = walk(atExtras(), { type: "answer", answerId: "phone" });
    expect(walk(atEmail, { type: "input", value: "zhang@example.com" }).variables["邮箱"]).toBe("zhang@example.com");
    const withOld = { ...atEmail, variables: { ...atEmail.variables, 邮箱: "old@example.com" } };
    const skipped = walk(withOld, { type: "input", value: "   " });
    expect(skipped.variables).not.toHaveProperty("邮箱");
    expect(skipped.steps.at(-1)).toMatchObject({ nodeId: "ask-email", value: null });
  });

  it("checks a pattern with the u flag (\\p{Script=Han})", () => {
    const atNote = walk(atDate(), { type: "input", value: "2030-01-15" }, { type: "input", value: "下午" }, { type: "input", value: "1" });
    expect(walk(atNote, { type: "input", value: "请在门口等候" }).variables["备注"]).toBe("请在门口等候");
  });
});

describe("action", () => {
  it("follows ok and stores the declared outputs read as their types", () => {
    const state = walk(atSubmit(), { type: "result", result: "ok", outputs: { 订单号: "DD001", 是否VIP: "否" } });
    expect(state.nodeId).toBe("confirm");
    expect(state.variables).toMatchObject({ 订单号: "DD001", 是否VIP: false });
    expect(state.text).toBe("订单号是DD001，上午上门。");
  });

  it("follows error", () => {
    const state = walk(atSubmit(), { type: "result", result: "error" });
    expect(state).toMatchObject({ nodeId: "end-callback", status: "ended", outcome: "callback" });
  });

  it("adds the system's time to the spoken words", () => {
    const state = walk(atSubmit(), { type: "result", result: "error" });
    const submit = state.steps.find((s) => s.nodeId === "submit")!;
    expect(submit.seconds).toBeGreaterThan(10);
    expect(submit.stageId).toBe("close");
  });
});

describe("exit", () => {
  it("ends the call with its outcome; its closing words count in the last stage", () => {
    const done = walk(atSubmit(), { type: "result", result: "ok", outputs: { 订单号: "DD001" } }, { type: "next" });
    expect(done).toMatchObject({ nodeId: "end-success", status: "ended", outcome: "success", text: "感谢您的支持，再见！" });
    expect(done.steps.at(-1)).toMatchObject({ nodeId: "end-success", kind: "exit", stageId: "close" });
    expect(done.steps.at(-1)).not.toHaveProperty("port");
    expect(expectedInputs(done)).toEqual([]);
    const sum = done.steps.reduce((total, s) => total + s.seconds, 0);
    expect(done.seconds).toBeCloseTo(sum, 9);
  });

  it("ends at once when the entry is an exit", () => {
    const state = start(script([end("bye", "other")], []));
    expect(state).toMatchObject({ status: "ended", outcome: "other", nodeId: "bye" });
  });

  it("works with the test builders' plain script too", () => {
    const doc = script([say("hi"), ask("q", ["a", "b"]), end("x"), end("y", "declined")], [flow("hi", "q"), flow("q", "a", "x"), flow("q", "b", "y")]);
    const state = walk(start(doc), { type: "next" }, { type: "answer", answerId: "b" });
    expect(state.outcome).toBe("declined");
  });
});
