import { describe, expect, it } from "vitest";
import { end, flow, say, script } from "@/test/builders/script";
import type { ScriptDocument } from "../script/document";
import { SYSTEM, ZHANG, kitchenSink } from "./kitchen-sink.fixture";
import { start } from "./start";
import { step } from "./step";
import type { RuntimeError, RuntimeInput, RuntimeState } from "./types";

// Every refusal is a returned error with a code and parameters, never an exception, and the
// state it was given is left exactly as it was.

function walk(state: RuntimeState, ...inputs: RuntimeInput[]): RuntimeState {
  for (const input of inputs) {
    const result = step(state, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.state;
  }
  return state;
}

/** The error for `input` at `state`, after checking that the state did not move. */
function refusal(state: RuntimeState, input: RuntimeInput): RuntimeError {
  const before = structuredClone({ ...state, script: null });
  const result = step(state, input);
  expect({ ...state, script: null }).toEqual(before);
  if (result.ok) throw new Error(`accepted at ${state.nodeId}`);
  return result.error;
}

const begin = () => start(kitchenSink, ZHANG, { system: SYSTEM });
const atAsk = () => walk(begin(), { type: "next" });
const atExtras = () => walk(atAsk(), { type: "answer", answerId: "yes" }, { type: "next" });
const atPhone = () => walk(atExtras(), { type: "answer", answerId: "tv" });
const atEmail = () => walk(atExtras(), { type: "answer", answerId: "phone" });
const atDate = () => walk(atPhone(), { type: "input", value: "13800138000" });
const atSlot = () => walk(atDate(), { type: "input", value: "2030-01-15" });
const atCount = () => walk(atSlot(), { type: "input", value: "上午" });
const atNote = () => walk(atCount(), { type: "input", value: "1" });
const atSubmit = () => walk(atNote(), { type: "input", value: "" });
const ended = () => walk(atAsk(), { type: "answer", answerId: "no" });

describe("ended", () => {
  it("refuses any input once the call has ended", () => {
    expect(refusal(ended(), { type: "next" })).toEqual({ code: "ended", params: { nodeId: "end-declined" } });
  });
});

describe("wrongInput", () => {
  it.each<[string, () => RuntimeState, RuntimeInput, string[]]>([
    ["a statement given an answer", begin, { type: "answer", answerId: "yes" }, ["next"]],
    ["a single choice given next", atAsk, { type: "next" }, ["answer"]],
    ["a single choice given a set", atAsk, { type: "answers", answerIds: ["yes"] }, ["answer"]],
    ["a multi choice given a value", atExtras, { type: "input", value: "tv" }, ["answers", "answer"]],
    ["an input given next", atPhone, { type: "next" }, ["input"]],
    ["an action given an answer", atSubmit, { type: "answer", answerId: "ok" }, ["result"]],
    ["an action given an unknown result", atSubmit, { type: "result", result: "maybe" } as unknown as RuntimeInput, ["result"]],
  ])("%s", (_name, at, input, expected) => {
    const state = at();
    expect(refusal(state, input)).toMatchObject({ code: "wrongInput", params: { nodeId: state.nodeId, expected, got: input.type } });
  });

  it("at a condition the walk stopped at, anything but next", () => {
    const state = start(brokenCondition());
    expect(refusal(state, { type: "answer", answerId: "x" })).toMatchObject({ code: "wrongInput", params: { kind: "condition", expected: ["next"] } });
  });
});

describe("answers", () => {
  it("unknownAnswer names the answer", () => {
    expect(refusal(atAsk(), { type: "answer", answerId: "maybe" })).toEqual({ code: "unknownAnswer", params: { nodeId: "ask", answerId: "maybe" } });
    expect(refusal(atExtras(), { type: "answers", answerIds: ["tv", "radio"] })).toMatchObject({ code: "unknownAnswer", params: { answerId: "radio" } });
  });

  it("noAnswer for an empty set", () => {
    expect(refusal(atExtras(), { type: "answers", answerIds: [] })).toEqual({ code: "noAnswer", params: { nodeId: "extras" } });
  });
});

describe("invalidValue", () => {
  it.each<[string, () => RuntimeState, string, Record<string, unknown>]>([
    ["required", atPhone, "  ", { reason: "required", variable: "联系电话" }],
    ["notPhone", atPhone, "12345", { reason: "notPhone" }],
    ["patternMismatch", atPhone, "010-12345678", { reason: "patternMismatch", pattern: "^1[3-9]\\d{9}$" }],
    ["notEmail", atEmail, "zhang@", { reason: "notEmail", variable: "邮箱" }],
    ["notDate (format)", atDate, "2030/01/15", { reason: "notDate" }],
    ["notDate (calendar)", atDate, "2023-02-29", { reason: "notDate" }],
    ["notOption", atSlot, "晚上", { reason: "notOption", options: ["上午", "下午"] }],
    ["notNumber", atCount, "两台", { reason: "notNumber", variable: "台数" }],
    ["patternMismatch (u flag)", atNote, "abc", { reason: "patternMismatch" }],
  ])("%s", (_name, at, value, params) => {
    const state = at();
    expect(refusal(state, { type: "input", value })).toMatchObject({ code: "invalidValue", params: { nodeId: state.nodeId, value, ...params } });
  });

  it("for a function key's output that does not read as its type", () => {
    expect(refusal(atSubmit(), { type: "result", result: "ok", outputs: { 是否VIP: "也许" } })).toMatchObject({
      code: "invalidValue",
      params: { nodeId: "submit", variable: "是否VIP", reason: "notBoolean", value: "也许" },
    });
  });
});

describe("unknownOutput", () => {
  it("refuses an output the function key does not declare", () => {
    expect(refusal(atSubmit(), { type: "result", result: "ok", outputs: { 客户姓名: "李四" } })).toEqual({
      code: "unknownOutput",
      params: { nodeId: "submit", variable: "客户姓名" },
    });
  });
});

/** A condition whose true branch has no flow, at the entry. */
function brokenCondition(): ScriptDocument {
  return script([{ id: "c", kind: "condition", stageId: "main", rules: { all: [] } }, end("done")], [flow("c", "false", "done")]);
}

describe("noFlow", () => {
  it("a statement without a flow", () => {
    const doc = script([say("a"), end("done")], []);
    expect(refusal(start(doc), { type: "next" })).toEqual({ code: "noFlow", params: { nodeId: "a", port: "next" } });
  });

  it("an answer without a flow", () => {
    const doc: ScriptDocument = { ...kitchenSink, edges: kitchenSink.edges.filter((e) => !(e.from === "ask" && e.port === "no")) };
    const state = walk(start(doc), { type: "next" });
    expect(refusal(state, { type: "answer", answerId: "no" })).toEqual({ code: "noFlow", params: { nodeId: "ask", port: "no" } });
  });

  it("a condition branch without a flow: the walk waits at the condition and next reports it", () => {
    const state = start(brokenCondition());
    expect(state).toMatchObject({ nodeId: "c", status: "running", steps: [], text: "" });
    expect(refusal(state, { type: "next" })).toEqual({ code: "noFlow", params: { nodeId: "c", port: "true" } });
  });

  it("an input that leads to a broken condition is accepted; the condition reports", () => {
    const doc = script(
      [say("a"), { id: "c", kind: "condition", stageId: "main", rules: { any: [] } }, end("done")],
      [flow("a", "c"), flow("c", "true", "done")],
    );
    const state = walk(start(doc), { type: "next" });
    expect(state.nodeId).toBe("c");
    expect(refusal(state, { type: "next" })).toMatchObject({ code: "noFlow", params: { port: "false" } });
  });
});

describe("conditionLoop", () => {
  it("conditions that lead to each other with nothing between: nothing of the loop is kept", () => {
    const doc = script(
      [
        say("a"),
        { id: "c1", kind: "condition", stageId: "main", rules: { all: [] } },
        { id: "c2", kind: "condition", stageId: "main", rules: { all: [] } },
        end("done"),
      ],
      [flow("a", "c1"), flow("c1", "true", "c2"), flow("c1", "false", "done"), flow("c2", "true", "c1"), flow("c2", "false", "done")],
    );
    const state = walk(start(doc), { type: "next" });
    expect(state.nodeId).toBe("c1");
    expect(state.steps.map((s) => s.nodeId)).toEqual(["a"]);
    expect(refusal(state, { type: "next" })).toEqual({ code: "conditionLoop", params: { nodeId: "c1" } });
  });
});

describe("unknownNode", () => {
  it("an entry that is not an element", () => {
    const doc = { ...script([say("a")], []), entry: "nowhere" };
    const state = start(doc);
    expect(state).toMatchObject({ nodeId: "nowhere", status: "running", text: "" });
    expect(refusal(state, { type: "next" })).toEqual({ code: "unknownNode", params: { nodeId: "nowhere" } });
  });
});

describe("robustness", () => {
  it("never throws on inputs an untyped caller may send", () => {
    const junk = [null, undefined, 42, "next", {}, { type: "answers", answerIds: "tv" }, { type: "input", value: 13800138000 }] as unknown as RuntimeInput[];
    for (const at of [begin, atAsk, atExtras, atPhone, atSubmit, ended]) {
      for (const input of junk) expect(() => step(at(), input)).not.toThrow();
    }
  });

  it("reads a number typed into a field as text", () => {
    const result = step(atPhone(), { type: "input", value: 13800138000 as unknown as string });
    expect(result.ok && result.state.variables["联系电话"]).toBe("13800138000");
  });
});
