import { describe, expect, it } from "vitest";
import { act, ask, end, flow, say, script } from "@/test/builders/script";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { BUILTIN_PACKS } from "../lint/builtin-packs";
import { lintScript } from "../lint/engine";
import { nodeFacts } from "../lint/node-facts";
import type { ScriptDocument } from "../script/document";
import { DEFAULT_SPEECH, resolveSpeech, type SpeechSettings } from "../speech/settings";
import { SYSTEM, ZHANG, kitchenSink } from "./kitchen-sink.fixture";
import { start } from "./start";
import { step } from "./step";
import type { RuntimeInput, RuntimeState } from "./types";
import { SEEDED_WALKS } from "./seeded-walks.fixture";

// The call clock is the linter's estimate: the same estimator, the same sum per element (words,
// plus reply time at a choice, plus system time at a function key), exit words in the last stage.

function walk(state: RuntimeState, inputs: RuntimeInput[]): RuntimeState {
  for (const input of inputs) {
    const result = step(state, input);
    if (!result.ok) throw new Error(`refused at ${state.nodeId}: ${JSON.stringify(result.error)}`);
    state = result.state;
  }
  return state;
}

function expectLinterSeconds(doc: ScriptDocument, state: RuntimeState, speech: SpeechSettings) {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  for (const s of state.steps) expect(s.seconds).toBe(nodeFacts(nodes.get(s.nodeId)!, doc.locale, speech).seconds);
  const perStage: Record<string, number> = Object.fromEntries(Object.keys(state.stageSeconds).map((id) => [id, 0]));
  for (const s of state.steps) if (s.stageId) perStage[s.stageId]! += s.seconds;
  expect(state.stageSeconds).toEqual(perStage);
}

describe("step seconds equal the linter's nodeFacts", () => {
  it.each(SEEDED_WALKS.map((w) => [w.slug, w] as const))("%s", (_slug, w) => {
    const doc = EXAMPLE_SCRIPTS.find((e) => e.slug === w.slug)!.document;
    const state = walk(start(doc, w.customer, { system: w.system }), w.inputs);
    expect(state.status).toBe("ended");
    expectLinterSeconds(doc, state, DEFAULT_SPEECH);
  });

  it("with the caller's speaking rates", () => {
    const slow = resolveSpeech({ hanPerMinute: 150, replySeconds: 6, pauseMs: { clause: 400 } });
    const state = walk(start(kitchenSink, ZHANG, { system: SYSTEM, speech: slow }), [{ type: "next" }, { type: "answer", answerId: "yes" }, { type: "next" }]);
    expectLinterSeconds(kitchenSink, state, slow);
    const normal = walk(start(kitchenSink, ZHANG, { system: SYSTEM }), [{ type: "next" }, { type: "answer", answerId: "yes" }, { type: "next" }]);
    expect(state.seconds).toBeGreaterThan(normal.seconds);
  });

  it("with the script's own rates by default, as the linter resolves them", () => {
    const doc: ScriptDocument = { ...kitchenSink, lint: { speech: { hanPerMinute: 300, pauseMs: { sentence: 800 } } } };
    const state = walk(start(doc, ZHANG), [{ type: "next" }]);
    expect(state.speech).toEqual(resolveSpeech({ hanPerMinute: 300, pauseMs: { sentence: 800 } }));
    expectLinterSeconds(doc, state, state.speech);
  });
});

describe("stage times equal the linter's stage estimate on a script with one walk", () => {
  // Every element kind, in three stages, one way through: the linter's slowest walk per stage is
  // the walk the engine takes.
  const doc = script(
    [
      say("hello", "您好，我是{{agent}}，很高兴为您服务。", "open"),
      ask("ready", ["yes"], "open"),
      { id: "c", kind: "condition", stageId: "body", rules: { all: [] } },
      { id: "phone", kind: "input", stageId: "body", text: "请问您的手机号码是多少？", variable: "phone", inputType: "phone", required: true },
      act("query", "query-bill", "body"),
      say("result", "您本月的账单是128.5元，已经为您查询完毕。", "body"),
      end("done"),
    ],
    [flow("hello", "ready"), flow("ready", "yes", "c"), flow("c", "true", "phone"), flow("phone", "query"), flow("query", "ok", "result"), flow("result", "done")],
    {
      locale: "zh-CN",
      stages: [
        { id: "open", name: "开场", order: 0, budgetSeconds: null },
        { id: "body", name: "办理", order: 1, budgetSeconds: null },
        { id: "close", name: "结束", order: 2, budgetSeconds: null },
      ],
      variables: [
        { name: "agent", type: "text", label: "坐席", source: "system" },
        { name: "phone", type: "phone", label: "电话", source: "input" },
      ],
    },
  );
  const closing: ScriptDocument = {
    ...doc,
    nodes: doc.nodes.map((n) => (n.kind === "exit" ? { ...n, text: "感谢您的来电，祝您生活愉快，再见！" } : n)),
  };

  it("per stage and for the whole call", () => {
    const state = walk(start(closing, {}, { system: { agent: "小李" } }), [
      { type: "next" },
      { type: "answer", answerId: "yes" },
      { type: "input", value: "13800138000" },
      { type: "result", result: "ok" },
      { type: "next" },
    ]);
    expect(state.status).toBe("ended");
    const report = lintScript(closing, { packs: BUILTIN_PACKS });
    for (const stage of report.stages) expect(state.stageSeconds[stage.stageId]).toBeCloseTo(stage.seconds, 9);
    expect(report.stages.map((s) => s.stageId)).toEqual(["open", "body", "close"]);
    expect(state.stageSeconds.close).toBeGreaterThan(0); // the exit's closing words
    expect(state.seconds).toBeCloseTo(report.call.longestSeconds!, 9);
  });
});
