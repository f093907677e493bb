import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples/index";
import { SEEDED_WALKS } from "../runtime/seeded-walks.fixture";
import { step } from "../runtime/step";
import { start } from "../runtime/start";
import type { RuntimeState } from "../runtime/types";
import { transcriptOf } from "./transcript-of";
import { transcriptMarkdown, transcriptText, type TranscriptLabels } from "./transcript";
import { replay } from "./replay";
import { end, flow, say, script } from "@/test/builders/script";

const upgrade = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;
const walk = SEEDED_WALKS.find((w) => w.slug === "broadband-upgrade-offer")!;

const OUTCOMES = { success: "成功", declined: "婉拒", callback: "回电", transfer: "转接", failure: "失败", other: "其他" } as const;

// Deliberately unlike the catalogues' words, so a hard-coded heading would show up.
const zh: TranscriptLabels = {
  heading: "通话记录",
  customer: "客户",
  system: "系统",
  steps: "步骤",
  said: "话术",
  answer: "回答",
  input: "录入",
  result: "结果",
  ok: "成功",
  error: "失败",
  outputs: "返回",
  blank: "（未填）",
  yes: "是",
  no: "否",
  noStage: "无阶段",
  stages: "各阶段用时",
  stage: "阶段",
  time: "用时",
  budget: "预算",
  noBudget: "不限",
  over: "超时",
  total: "合计",
  outcome: "结果",
  notEnded: "通话未结束",
  none: "无",
  colon: "：",
  outcomes: OUTCOMES,
  seconds: (s) => `${s} 秒`,
};
const en: TranscriptLabels = {
  ...zh,
  heading: "Transcript",
  customer: "Customer",
  system: "System",
  steps: "Steps",
  said: "Said",
  answer: "Answer",
  input: "Recorded",
  result: "Result",
  stages: "Time per stage",
  stage: "Stage",
  time: "Time",
  budget: "Budget",
  noBudget: "none",
  over: "over budget",
  total: "Whole call",
  outcome: "Outcome",
  notEnded: "Not ended",
  colon: ": ",
  outcomes: { ...OUTCOMES, success: "Success" },
  seconds: (s) => `${s} s`,
};

function walked(inputs = walk.inputs): RuntimeState {
  const result = replay(upgrade, { customer: walk.customer, system: walk.system }, inputs);
  expect(result.error).toBeNull();
  return result.state;
}

describe("transcriptOf", () => {
  it("records each element said, with its words filled in as they were at that moment", () => {
    const t = transcriptOf(walked());
    expect(t.title).toBe(upgrade.title);
    // The condition is left out: it says nothing.
    expect(t.steps.map((s) => s.nodeId)).toEqual(walk.path.filter((id) => id !== "check-bandwidth"));
    expect(t.steps[0]).toMatchObject({ kind: "choice", label: "问候并核实身份", stage: "热情问候", given: { type: "answers", labels: ["是本人"] } });
    expect(t.steps[0]!.said).toBe("您好，我是中国电信的客户经理李娜，请问您是张先生吗？");
    expect(t.steps.find((s) => s.nodeId === "ask-phone")?.given).toEqual({ type: "input", value: "13800138000" });
    expect(t.steps.find((s) => s.nodeId === "submit-order")?.given).toEqual({ type: "result", result: "ok", key: "submit-order", outputs: { orderId: "DD20300115001" } });
    expect(t.steps.find((s) => s.nodeId === "closing-success")?.said).toContain("订单号是DD20300115001");
    expect(t.steps.at(-1)).toMatchObject({ kind: "exit", given: null });
    expect(t).toMatchObject({ outcome: "success", exitLabel: "办理成功" });
    expect(t.customer).toContainEqual({ name: "customerName", label: "客户姓名", value: "张先生" });
    expect(t.stages.map((s) => s.id)).toEqual(["greeting", "pitch", "intent", "objection", "capture", "closing"]);
    expect(t.stages.find((s) => s.id === "pitch")).toMatchObject({ budgetSeconds: 40 });
    expect(t.seconds).toBeCloseTo(t.steps.reduce((sum, s) => sum + s.seconds, 0), 9);
  });

  it("keeps a value captured later out of words said earlier", () => {
    const doc = script(
      [
        say("ask", "May I have your name, {{name}}?"),
        { id: "field", kind: "input", stageId: "main", variable: "name", inputType: "text", required: true },
        say("thanks", "Thank you, {{name}}."),
        end("done"),
      ],
      [flow("ask", "field"), flow("field", "thanks"), flow("thanks", "done")],
      { variables: [{ name: "name", type: "text", label: "Name", source: "input" }] },
    );
    const t = transcriptOf(replay(doc, { customer: {} }, [{ type: "next" }, { type: "input", value: "Ms Lee" }, { type: "next" }]).state);
    expect(t.steps.map((s) => s.said)).toEqual(["May I have your name, {{name}}?", "", "Thank you, Ms Lee.", ""]);
    expect(t.steps.map((s) => s.stage)).toEqual(["Main", "Main", "Main", "Main"]);
  });

  it("stops at the element awaiting input while the call runs", () => {
    const t = transcriptOf(walked(walk.inputs.slice(0, 6)));
    expect(t.outcome).toBeNull();
    expect(t.steps.at(-1)?.nodeId).toBe("ask-install-date");
  });

  it("is empty but complete before the first input", () => {
    const t = transcriptOf(start(upgrade, walk.customer, { system: walk.system }));
    expect(t.steps).toEqual([]);
    expect(t.seconds).toBe(0);
    expect(transcriptText(t, en)).toContain("Outcome: Not ended");
  });
});

describe("transcriptText", () => {
  it("writes each step, the time per stage against its budget and the outcome, in the labels' language", () => {
    const text = transcriptText(transcriptOf(walked()), zh);
    expect(text).toMatch(/^通话记录：宽带提速优惠外呼营销\n客户：客户姓名 张先生 · 当前宽带速率（M） 100/);
    expect(text).toContain("1. [热情问候] 问候并核实身份 · ");
    expect(text).toContain("   话术：您好，我是中国电信的客户经理李娜，请问您是张先生吗？\n   回答：是本人\n");
    expect(text).toContain("   录入：13800138000\n");
    expect(text).toContain("   结果：成功 (submit-order)\n   返回：orderId DD20300115001\n");
    expect(text).toMatch(/ {3}主题介绍：\d+(\.\d)? 秒 \/ 40 秒\n/);
    expect(text).toMatch(/ {3}热情问候：\d+(\.\d)? 秒 \/ 不限\n/);
    expect(text).toMatch(/合计：\d+(\.\d)? 秒\n结果：成功 \(办理成功\)\n$/);
    expect(text).not.toMatch(/Stage|Outcome|Said/);
  });

  it("marks a stage over its budget", () => {
    const tight = structuredClone(upgrade);
    tight.stages = tight.stages.map((s) => (s.id === "intent" ? { ...s, budgetSeconds: 3 } : s));
    const slow = replay(tight, { customer: walk.customer, system: walk.system }, [
      { type: "answer", answerId: "a-is-customer" },
      { type: "answer", answerId: "a-convenient" },
      { type: "next" },
      { type: "answer", answerId: "a-refuse" },
      { type: "next" },
    ]).state;
    const t = transcriptOf(slow);
    expect(t.stages.find((s) => s.id === "intent")!.seconds).toBeGreaterThan(3);
    expect(transcriptText(t, en)).toMatch(/ {3}判断意向: [\d.]+ s \/ 3 s \(over budget\)\n/);
    expect(transcriptText(t, en)).toMatch(/ {3}主题介绍: [\d.]+ s \/ 40 s\n/);
    expect(transcriptText(t, en)).toContain("Outcome: 婉拒 (客户婉拒)");
  });

  it("writes a blank optional field and yes/no values in words", () => {
    const fault = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;
    const t = transcriptOf(start(fault, { hasBroadband: true }));
    expect(transcriptText(t, zh)).toContain("客户：已开通宽带 是\n");
  });
});

describe("transcriptMarkdown", () => {
  it("quotes the words, lists what was given and tables the time per stage", () => {
    const md = transcriptMarkdown(transcriptOf(walked()), en);
    expect(md).toMatch(/^# Transcript: 宽带提速优惠外呼营销\n\n- \*\*Customer\*\*: 客户姓名 张先生/);
    expect(md).toContain("- **Outcome**: Success (办理成功)\n");
    expect(md).toContain("## Steps\n\n### 1. 问候并核实身份 · 热情问候 · ");
    expect(md).toContain("\n\n> 您好，我是中国电信的客户经理李娜，请问您是张先生吗？\n\n- **Answer**: 是本人\n");
    expect(md).toContain("## Time per stage\n\n| Stage | Time | Budget |\n| --- | ---: | ---: |\n");
    expect(md).toMatch(/\| 主题介绍 \| [\d.]+ s \| 40 s \|\n/);
    expect(md).toMatch(/\| \*\*Whole call\*\* \| \*\*[\d.]+ s\*\* \| \|\n$/);
  });

  it("escapes Markdown in the script's words", () => {
    const doc = structuredClone(upgrade);
    doc.title = "提速 *特惠* | 第#1期";
    const state = step(start(doc, walk.customer, { system: walk.system }), { type: "answer", answerId: "a-not-customer" });
    if (!state.ok) throw new Error("refused");
    const md = transcriptMarkdown(transcriptOf(state.state), zh);
    expect(md).toContain("# 通话记录：提速 \\*特惠\\* \\| 第\\#1期\n");
  });
});

describe("replay", () => {
  it("stops at the first input the script refuses, keeping what was walked", () => {
    const inputs = [...walk.inputs.slice(0, 4), { type: "input" as const, value: "12345" }, ...walk.inputs.slice(5)];
    const result = replay(upgrade, { customer: walk.customer, system: walk.system }, inputs);
    expect(result.applied).toBe(4);
    expect(result.error).toMatchObject({ code: "invalidValue", params: { reason: "notPhone" } });
    expect(result.state.nodeId).toBe("ask-phone");
  });

  it("gives the same state as stepping by hand", () => {
    let state = start(upgrade, walk.customer, { system: walk.system });
    for (const input of walk.inputs) {
      const r = step(state, input);
      if (!r.ok) throw new Error("refused");
      state = r.state;
    }
    expect(walked()).toEqual(state);
  });
});
