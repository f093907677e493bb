import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "../examples";
import { programFor } from "../runtime/program";
import type { ScriptDocument } from "../script/document";
import { decodeCsv, parseCsv } from "./activity-csv";
import { customerVariablesUsed, distribution, runActivity, suggestMapping, validateMapping, type ActivityPolicy, type ColumnMapping } from "./activity";
import { gb18030 } from "./gb18030.fixture";

const example = (slug: string): ScriptDocument => EXAMPLE_SCRIPTS.find((e) => e.slug === slug)!.document;
const upgrade = example("broadband-upgrade-offer");
const billing = example("billing-enquiry-en");

// Five customers of the broadband upgrade offer, as a call-centre export would have them.
const SAMPLE = [
  "客户姓名,当前宽带速率（M）,在网时长（月）,登记手机号,联系电话,备注",
  "张先生,100,36,13800138000,13900001111,",
  "李女士,300,24,13800138001,,老用户",
  "王先生,200,12,13800138002,12345,",
  "赵女士,50,60,13800138003,,",
  "陈先生,abc,18,13800138004,,速率未知",
].join("\r\n");

/** The sample as a GB18030 file, read back the way the activity page does. */
function sample() {
  const decoded = decodeCsv(gb18030(SAMPLE));
  if (!decoded.ok) throw new Error(decoded.error.code);
  expect(decoded.encoding).toBe("gb18030");
  const table = parseCsv(decoded.text);
  if (!table.ok) throw new Error(table.error.code);
  return table;
}

const DEFAULTS: ActivityPolicy = { kind: "defaults", answers: { "ask-interest": "a-interested" } };

describe("suggestMapping", () => {
  it("matches Chinese headers to labels, ignoring width, case and a bracketed note", () => {
    const { headers } = sample();
    expect(suggestMapping(headers, upgrade.variables)).toEqual({ customerName: 0, currentBandwidth: 1, tenureMonths: 2, mobile: 3, contactPhone: 4 });
    expect(suggestMapping(["Customer_Name", "CURRENTBANDWIDTH", "当前宽带速率(M)", "ｍｏｂｉｌｅ"], upgrade.variables)).toEqual({
      customerName: 0,
      currentBandwidth: 1,
      mobile: 3,
    });
  });

  it("uses each column once, names before labels", () => {
    const variables = [
      { name: "a", type: "text", label: "b", source: "customer" },
      { name: "b", type: "text", label: "x", source: "customer" },
    ] as const;
    expect(suggestMapping(["b", "b"], [...variables])).toEqual({ b: 0, a: 1 });
  });
});

describe("validateMapping", () => {
  it("needs a column for every customer variable the conditions and the words use", () => {
    expect(customerVariablesUsed(upgrade).map((v) => v.name)).toEqual(["customerName", "currentBandwidth", "mobile"]);
    const { headers } = sample();
    expect(validateMapping(upgrade, headers, suggestMapping(headers, upgrade.variables))).toEqual({ ok: true });
    expect(validateMapping(upgrade, ["name"], { customerName: 0 })).toEqual({
      ok: false,
      errors: [{ code: "missingColumns", params: { variables: ["currentBandwidth", "mobile"], labels: ["当前宽带速率（M）", "登记手机号"] } }],
    });
  });

  it("reports a mapping to a column or variable that does not exist", () => {
    const mapping: ColumnMapping = { customerName: 0, currentBandwidth: 5, mobile: 1, nobody: 0 };
    expect(validateMapping(upgrade, ["a", "b"], mapping)).toEqual({
      ok: false,
      errors: [
        { code: "unknownColumn", params: { variable: "currentBandwidth", column: 5 } },
        { code: "unknownVariable", params: { variable: "nobody" } },
      ],
    });
  });
});

describe("runActivity", () => {
  const program = programFor(upgrade);
  const seconds = (ids: string[]) => ids.reduce((sum, id) => sum + program.seconds.get(id)!, 0);
  const walk = (pitch: string) => ["greet", "check-time", "check-bandwidth", pitch, "ask-interest", "ask-phone", "ask-install-date", "submit-order", "closing-success", "end-success"];

  it("runs every row: outcomes, exits, stuck calls and times per stage", () => {
    const { headers, rows } = sample();
    const result = runActivity(upgrade, rows, suggestMapping(headers, upgrade.variables), DEFAULTS);
    expect(result).toMatchObject({
      runs: 5,
      ended: 4,
      outcomes: { success: 4, declined: 0, callback: 0, transfer: 0, failure: 0, other: 0 },
      exits: { "end-wrong-person": 0, "end-success": 4, "end-declined": 0, "end-callback": 0 },
      // 王先生's contact phone "12345" is typed into the field (the row's value comes first) and refused.
      stuck: {
        count: 1,
        byCode: { invalidValue: 1 },
        examples: [{ row: 2, nodeId: "ask-phone", code: "invalidValue", error: { params: { variable: "contactPhone", reason: "notPhone", value: "12345" } } }],
      },
      // 陈先生's speed is not a number: the condition does not hold for it (he hears the 1000M offer).
      badValues: { count: 1, examples: [{ row: 4, variable: "currentBandwidth", value: "abc", reason: "notNumber" }] },
    });
    // Ended calls: 张 (≤100: 500M), 李 (300: 1000M), 赵 (50: 500M), 陈 (unknown: 1000M).
    const p500 = seconds(["check-bandwidth", "pitch-500"]);
    const p1000 = seconds(["check-bandwidth", "pitch-1000"]);
    const [low, high] = [Math.min(p500, p1000), Math.max(p500, p1000)];
    expect(result.stageSeconds.pitch).toEqual({
      count: 4,
      min: low,
      median: low,
      p90: high,
      max: high,
      mean: (2 * p500 + 2 * p1000) / 4,
      budgetSeconds: 40,
      overBudget: [p500, p1000].filter((s) => s > 40).length * 2,
    });
    expect(Object.keys(result.stageSeconds)).toEqual(["greeting", "pitch", "intent", "objection", "capture", "closing"]);
    expect(result.stageSeconds.objection).toMatchObject({ count: 4, min: 0, max: 0 });
    const t500 = seconds(walk("pitch-500"));
    const t1000 = seconds(walk("pitch-1000"));
    expect(result.totalSeconds.min).toBeCloseTo(Math.min(t500, t1000), 9);
    expect(result.totalSeconds.max).toBeCloseTo(Math.max(t500, t1000), 9);
    expect(result.totalSeconds.count).toBe(4);
  });

  it("gives the policy's default answers, and each choice's first answer otherwise", () => {
    const { headers, rows } = sample();
    const mapping = suggestMapping(headers, upgrade.variables);
    const refused = runActivity(upgrade, rows, mapping, { kind: "defaults", answers: { "ask-interest": "a-refuse" } });
    expect(refused).toMatchObject({ ended: 5, outcomes: { declined: 5 }, exits: { "end-declined": 5 }, stuck: { count: 0, examples: [] } });
    // No answers at all: "是本人", "方便", then the first answer "感兴趣，愿意办理"; a failing order ends in a callback.
    const failed = runActivity(upgrade, rows, mapping, { kind: "defaults", answers: {}, inputs: { "ask-phone": "13700000000" }, results: { "submit-order": "error" } });
    expect(failed).toMatchObject({ ended: 5, outcomes: { callback: 5 }, exits: { "end-callback": 5 } });
  });

  it("plays a scenario's steps for every row, branching on each row's data", () => {
    const { headers, rows } = sample();
    const mapping = suggestMapping(headers, upgrade.variables);
    const steps = [
      { type: "answer", answer: "是本人" },
      { type: "answer", answer: "方便" },
      { type: "answer", answer: "a-interested" },
      { type: "input", value: "13800138000" },
      { type: "input", value: "2030-01-15" },
      { type: "result", result: "ok" },
    ] as const;
    const all = runActivity(upgrade, rows, mapping, { kind: "scenario", steps: [...steps] });
    expect(all).toMatchObject({ ended: 5, outcomes: { success: 5 }, stuck: { count: 0 } });
    expect(all.stageSeconds.pitch!.min).not.toBe(all.stageSeconds.pitch!.max);
    // Steps left over after a row's call ends are no error; steps that run out are.
    expect(runActivity(upgrade, rows, mapping, { kind: "scenario", steps: [...steps, { type: "answer", answer: "extra" }] }).ended).toBe(5);
    const short = runActivity(upgrade, rows, mapping, { kind: "scenario", steps: steps.slice(0, 5) }, { maxExamples: 2 });
    expect(short).toMatchObject({ ended: 0, stuck: { count: 5, byCode: { outOfAnswers: 5 }, examples: [{ row: 0, nodeId: "submit-order", code: "outOfAnswers" }, { row: 1 }] } });
    expect(short.totalSeconds).toEqual({ count: 0, min: 0, median: 0, p90: 0, max: 0, mean: 0 });
  });

  it("stops a call that a default answer sends round for ever", () => {
    const rows = [["Ms Taylor", "active"]];
    const mapping = { customerName: 0, accountStatus: 1 };
    // Identity never verified (the key returns nothing), and the first answer is "Tries again".
    const looping = runActivity(billing, rows, mapping, { kind: "defaults", answers: {} });
    expect(looping.stuck).toMatchObject({ count: 1, byCode: { loop: 1 }, examples: [{ row: 0, code: "loop" }] });
    const given = runActivity(billing, rows, mapping, { kind: "defaults", answers: { "verify-failed": "a-no-details" } });
    expect(given).toMatchObject({ ended: 1, outcomes: { other: 1 }, exits: { "end-unverified": 1 } });
  });

  it("is deterministic", () => {
    const { headers, rows } = sample();
    const mapping = suggestMapping(headers, upgrade.variables);
    expect(runActivity(upgrade, rows, mapping, DEFAULTS)).toEqual(runActivity(upgrade, rows, mapping, DEFAULTS));
  });
});

describe("distribution", () => {
  it("takes nearest-rank percentiles", () => {
    expect(distribution([5, 1, 4, 2, 3])).toEqual({ count: 5, min: 1, median: 3, p90: 5, max: 5, mean: 3 });
    expect(distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toMatchObject({ median: 5, p90: 9 });
    expect(distribution([7])).toMatchObject({ min: 7, median: 7, p90: 7, max: 7 });
  });
});
