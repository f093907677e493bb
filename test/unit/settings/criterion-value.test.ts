import { describe, expect, it } from "vitest";
import {
  formatCriterion,
  newCriterion,
  opsFor,
  parseCriterion,
  sortForCriteria,
  valueInputFor,
  withOp,
  withVariable,
  type CriterionDraft,
} from "@/components/settings/criterion-value";
import { conditionRuleSchema, type ConditionRule } from "@/lib/script/condition";
import type { Variable } from "@/lib/script/parts";

const bandwidth: Variable = { name: "currentBandwidth", type: "number", label: "速率", source: "customer" };
const level: Variable = { name: "level", type: "enum", label: "等级", source: "customer", options: ["金卡", "银卡", "普通"] };
const vip: Variable = { name: "isVip", type: "boolean", label: "VIP", source: "system" };
const city: Variable = { name: "city", type: "text", label: "城市", source: "input" };
const variables = [city, vip, bandwidth, level];

const draft = (over: Partial<CriterionDraft>): CriterionDraft => ({ var: "city", op: "eq", text: "", picks: [], ...over });

describe("criterion values", () => {
  it("picks the control that fits the comparison and the type", () => {
    expect(valueInputFor("empty", "number")).toBe("none");
    expect(valueInputFor("in", "text")).toBe("list");
    expect(valueInputFor("in", "enum")).toBe("picks");
    expect(valueInputFor("notIn", "boolean")).toBe("picks");
    expect(valueInputFor("gte", "number")).toBe("number");
    expect(valueInputFor("eq", "boolean")).toBe("boolean");
    expect(valueInputFor("eq", "enum")).toBe("option");
    expect(valueInputFor("lt", "date")).toBe("date");
    expect(valueInputFor("contains", "enum")).toBe("text");
  });

  it("offers ordering comparisons only where values are ordered", () => {
    expect(opsFor("number")).toContain("gt");
    expect(opsFor("text")).not.toContain("gt");
    expect(opsFor("boolean")).toEqual(["eq", "neq", "empty", "notEmpty"]);
  });

  it("reads numbers strictly", () => {
    expect(parseCriterion(draft({ var: "currentBandwidth", op: "lte", text: " 200 " }), variables)).toEqual({
      ok: true,
      value: { var: "currentBandwidth", op: "lte", value: 200 },
    });
    expect(parseCriterion(draft({ var: "currentBandwidth", op: "lte", text: "200M" }), variables)).toMatchObject({ ok: false, error: { key: "notNumber" } });
    expect(parseCriterion(draft({ var: "currentBandwidth", op: "lte", text: "" }), variables)).toMatchObject({ ok: false, error: { key: "valueRequired" } });
  });

  it("stores no value for empty/notEmpty", () => {
    expect(parseCriterion(draft({ op: "notEmpty", text: "left over" }), variables)).toEqual({ ok: true, value: { var: "city", op: "notEmpty" } });
  });

  it("reads typed lists per type and ticked values in the variable's order", () => {
    expect(parseCriterion(draft({ var: "currentBandwidth", op: "in", text: "100，200、300" }), variables)).toMatchObject({ ok: true, value: { value: [100, 200, 300] } });
    expect(parseCriterion(draft({ var: "currentBandwidth", op: "in", text: "100, fast" }), variables)).toMatchObject({ ok: false, error: { key: "notNumber" } });
    expect(parseCriterion(draft({ op: "notIn", text: "北京, 上海" }), variables)).toMatchObject({ ok: true, value: { value: ["北京", "上海"] } });
    expect(parseCriterion(draft({ op: "in", text: " , " }), variables)).toMatchObject({ ok: false, error: { key: "valuesRequired" } });
    expect(parseCriterion(draft({ var: "level", op: "in", picks: ["普通", "金卡"] }), variables)).toMatchObject({ ok: true, value: { value: ["金卡", "普通"] } });
    expect(parseCriterion(draft({ var: "isVip", op: "in", picks: ["false"] }), variables)).toMatchObject({ ok: true, value: { value: [false] } });
  });

  it("accepts only an enum's own options and true/false for yes/no", () => {
    expect(parseCriterion(draft({ var: "level", text: "钻石卡" }), variables)).toMatchObject({ ok: false, error: { key: "notOption", params: { value: "钻石卡" } } });
    expect(parseCriterion(draft({ var: "level", text: "银卡" }), variables)).toMatchObject({ ok: true, value: { value: "银卡" } });
    expect(parseCriterion(draft({ var: "isVip", text: "true" }), variables)).toMatchObject({ ok: true, value: { value: true } });
    expect(parseCriterion(draft({ var: "isVip", text: "" }), variables)).toMatchObject({ ok: false });
  });

  it("produces rules the schema accepts, and formats them back to the same draft", () => {
    const rules: ConditionRule[] = [
      { var: "currentBandwidth", op: "lte", value: 200 },
      { var: "level", op: "in", value: ["金卡", "银卡"] },
      { var: "isVip", op: "eq", value: false },
      { var: "city", op: "empty" },
    ];
    for (const rule of rules) {
      const back = parseCriterion(formatCriterion(rule), variables);
      expect(back).toEqual({ ok: true, value: rule });
      expect(conditionRuleSchema.safeParse(back.ok ? back.value : null).success).toBe(true);
    }
  });

  it("carries what was typed between a single value and a list", () => {
    const one = draft({ var: "currentBandwidth", op: "eq", text: "200" });
    const list = withOp(one, "in", "number");
    expect(list).toMatchObject({ op: "in", text: "200" });
    expect(withOp({ ...list, text: "100, 200" }, "gt", "number")).toMatchObject({ op: "gt", text: "100" });
    const picks = withOp(draft({ var: "level", op: "eq", text: "金卡" }), "in", "enum");
    expect(picks).toMatchObject({ op: "in", picks: ["金卡"] });
    expect(withOp({ ...picks, picks: ["银卡", "普通"] }, "eq", "enum")).toMatchObject({ op: "eq", text: "银卡" });
  });

  it("keeps a fitting comparison when the variable changes, and drops values of another type", () => {
    const start = draft({ var: "currentBandwidth", op: "gt", text: "100" });
    expect(withVariable(start, city, bandwidth)).toEqual({ var: "city", op: "eq", text: "", picks: [] });
    expect(withVariable(draft({ op: "notEmpty" }), vip, city)).toEqual({ var: "isVip", op: "notEmpty", text: "", picks: [] });
    const tenure: Variable = { name: "tenure", type: "number", label: "", source: "customer" };
    expect(withVariable(start, tenure, bandwidth)).toEqual({ var: "tenure", op: "gt", text: "100", picks: [] });
  });

  it("lists customer-record variables first and starts a new criterion with the first of them", () => {
    expect(sortForCriteria(variables).map((v) => v.name)).toEqual(["currentBandwidth", "level", "city", "isVip"]);
    expect(newCriterion(variables)).toEqual({ var: "currentBandwidth", op: "notEmpty" });
    expect(newCriterion([])).toBeNull();
  });
});
