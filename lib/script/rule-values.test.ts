import { describe, expect, it } from "vitest";
import { conditionRuleSchema, type ConditionRule } from "./condition";
import { CONDITION_OPS, VARIABLE_TYPES, type VariableType } from "./enums";
import type { Variable } from "./parts";
import {
  adaptRule,
  choicesOf,
  formatPicks,
  formatRuleValue,
  newRule,
  opFits,
  opsFor,
  parsePicks,
  parseRuleValue,
  valueControl,
} from "./rule-values";

const bandwidth: Variable = { name: "currentBandwidth", type: "number", label: "当前宽带速率", source: "customer" };
const tenure: Variable = { name: "tenureMonths", type: "number", label: "在网时长", source: "customer" };
const vip: Variable = { name: "isVip", type: "boolean", label: "VIP", source: "customer" };
const lineStatus: Variable = { name: "lineStatus", type: "enum", label: "线路状态", source: "system", options: ["正常", "区域故障", "用户端异常"] };
const level: Variable = { name: "level", type: "enum", label: "等级", source: "customer", options: ["金卡", "银卡", "普通"] };
const city: Variable = { name: "city", type: "text", label: "城市", source: "input" };
const mobile: Variable = { name: "mobile", type: "phone", label: "手机号", source: "customer" };
const installDate: Variable = { name: "installDate", type: "date", label: "上门日期", source: "input" };

const valid = (rule: ConditionRule) => conditionRuleSchema.safeParse(rule).success;

describe("opFits / opsFor", () => {
  it("offers each type the comparisons that make sense for it, in the picker's order", () => {
    expect(opsFor("number")).toEqual(["eq", "neq", "gt", "gte", "lt", "lte", "in", "notIn", "empty", "notEmpty"]);
    expect(opsFor("date")).toEqual(opsFor("number"));
    expect(opsFor("boolean")).toEqual(["eq", "neq", "empty", "notEmpty"]);
    expect(opsFor("enum")).toEqual(["eq", "neq", "in", "notIn", "empty", "notEmpty"]);
    for (const type of ["text", "phone", "email"] as const) {
      expect(opsFor(type)).toEqual(["eq", "neq", "contains", "in", "notIn", "empty", "notEmpty"]);
    }
  });

  it("is one answer: opsFor lists exactly the ops opFits accepts", () => {
    for (const type of VARIABLE_TYPES) {
      expect(opsFor(type)).toEqual(CONDITION_OPS.filter((op) => opFits(op, type)));
    }
    expect(opFits("gt", "text")).toBe(false);
    expect(opFits("contains", "enum")).toBe(false);
    expect(opFits("in", "boolean")).toBe(false);
  });

  it("keeps the rule's current comparison in the list even when it is odd for the type", () => {
    expect(opsFor("boolean", "gt")).toEqual(["eq", "neq", "gt", "empty", "notEmpty"]);
    expect(opsFor("number", "gt")).toEqual(opsFor("number"));
  });
});

describe("valueControl", () => {
  it.each([
    ["empty", "number", "none"],
    ["notEmpty", "enum", "none"],
    ["in", "text", "list"],
    ["notIn", "number", "list"],
    ["in", "enum", "picks"],
    ["notIn", "boolean", "picks"],
    ["gte", "number", "number"],
    ["lt", "date", "date"],
    ["eq", "boolean", "boolean"],
    ["eq", "enum", "option"],
    ["eq", "email", "text"],
    ["contains", "phone", "text"],
    ["contains", "enum", "text"],
  ] as const)("%s on %s asks for %s", (op, type, control) => {
    expect(valueControl(op, type)).toBe(control);
  });
});

describe("parseRuleValue", () => {
  it("reads plain decimal numbers and refuses anything else", () => {
    expect(parseRuleValue(" 100 ", bandwidth, "lte")).toEqual({ ok: true, value: 100 });
    expect(parseRuleValue("-7.5", bandwidth, "gt")).toEqual({ ok: true, value: -7.5 });
    for (const text of ["200M", "abc", "0x10", "1e3", "Infinity"]) {
      expect(parseRuleValue(text, bandwidth, "lte"), text).toEqual({ ok: false, error: { code: "notNumber" } });
    }
    expect(parseRuleValue("  ", bandwidth, "eq")).toEqual({ ok: false, error: { code: "valueRequired" } });
  });

  it("reads yes/no in either language", () => {
    expect(parseRuleValue("true", vip, "eq")).toEqual({ ok: true, value: true });
    expect(parseRuleValue("Yes", vip, "eq")).toEqual({ ok: true, value: true });
    expect(parseRuleValue("是", vip, "neq")).toEqual({ ok: true, value: true });
    expect(parseRuleValue("否", vip, "eq")).toEqual({ ok: true, value: false });
    expect(parseRuleValue("FALSE", vip, "eq")).toEqual({ ok: true, value: false });
    expect(parseRuleValue("maybe", vip, "eq")).toEqual({ ok: false, error: { code: "notBoolean" } });
  });

  it("accepts only an enum's own options, naming the value and the options", () => {
    expect(parseRuleValue("区域故障", lineStatus, "eq")).toEqual({ ok: true, value: "区域故障" });
    expect(parseRuleValue("停机", lineStatus, "neq")).toEqual({
      ok: false,
      error: { code: "notOption", params: { value: "停机", options: ["正常", "区域故障", "用户端异常"] } },
    });
  });

  it("keeps text as typed but for the surrounding spaces, and reads `contains` as text whatever the type", () => {
    expect(parseRuleValue(" 北京 ", city, "eq")).toEqual({ ok: true, value: "北京" });
    expect(parseRuleValue("138", mobile, "contains")).toEqual({ ok: true, value: "138" });
    expect(parseRuleValue("12", bandwidth, "contains")).toEqual({ ok: true, value: "12" });
    expect(parseRuleValue("2025-06-01", installDate, "gte")).toEqual({ ok: true, value: "2025-06-01" });
    expect(parseRuleValue("", city, "contains")).toEqual({ ok: false, error: { code: "valueRequired" } });
  });

  it("splits lists on ASCII, full-width and enumeration commas, each item of the variable's type", () => {
    expect(parseRuleValue("正常，区域故障、用户端异常", lineStatus, "in")).toEqual({ ok: true, value: ["正常", "区域故障", "用户端异常"] });
    expect(parseRuleValue("100, 200,", bandwidth, "notIn")).toEqual({ ok: true, value: [100, 200] });
    expect(parseRuleValue("100，200、300", bandwidth, "in")).toEqual({ ok: true, value: [100, 200, 300] });
    expect(parseRuleValue("北京, 上海", city, "notIn")).toEqual({ ok: true, value: ["北京", "上海"] });
  });

  it("refuses a list with a bad item, naming it, and a list without items", () => {
    expect(parseRuleValue("100, fast", bandwidth, "in")).toEqual({ ok: false, error: { code: "notNumber" } });
    expect(parseRuleValue("正常, 停机", lineStatus, "in")).toEqual({
      ok: false,
      error: { code: "notOption", params: { value: "停机", options: ["正常", "区域故障", "用户端异常"] } },
    });
    expect(parseRuleValue(" , ，", city, "in")).toEqual({ ok: false, error: { code: "valuesRequired" } });
  });

  it("takes no value for empty / not empty, whatever is left in the field", () => {
    expect(parseRuleValue("left over", city, "empty")).toEqual({ ok: true, value: undefined });
    expect(parseRuleValue("", bandwidth, "notEmpty")).toEqual({ ok: true, value: undefined });
  });
});

describe("parsePicks", () => {
  it("reads ticked values in the variable's own order", () => {
    expect(parsePicks(["普通", "金卡"], level)).toEqual({ ok: true, value: ["金卡", "普通"] });
    expect(parsePicks(["false"], vip)).toEqual({ ok: true, value: [false] });
    expect(parsePicks(["false", "true"], vip)).toEqual({ ok: true, value: [true, false] });
  });

  it("needs at least one tick, and refuses a value that is no longer an option", () => {
    expect(parsePicks([], level)).toEqual({ ok: false, error: { code: "valuesRequired" } });
    expect(parsePicks(["金卡", "钻石卡"], level)).toEqual({
      ok: false,
      error: { code: "notOption", params: { value: "钻石卡", options: ["金卡", "银卡", "普通"] } },
    });
  });

  it("offers the options of a list variable and yes/no of a yes/no one", () => {
    expect(choicesOf(level)).toEqual(["金卡", "银卡", "普通"]);
    expect(choicesOf(vip)).toEqual(["true", "false"]);
    expect(choicesOf(city)).toEqual([]);
  });
});

describe("formatting for editing", () => {
  it("shows nothing, one value, or a comma-separated list", () => {
    expect(formatRuleValue(undefined)).toBe("");
    expect(formatRuleValue(200)).toBe("200");
    expect(formatRuleValue(false)).toBe("false");
    expect(formatRuleValue(["北京", "上海"])).toBe("北京, 上海");
    expect(formatPicks([true, false])).toEqual(["true", "false"]);
    expect(formatPicks("金卡")).toEqual(["金卡"]);
    expect(formatPicks(undefined)).toEqual([]);
  });

  it("round-trips every stored rule through its control", () => {
    const cases: [ConditionRule, Variable][] = [
      [{ var: "currentBandwidth", op: "lte", value: 200 }, bandwidth],
      [{ var: "currentBandwidth", op: "in", value: [100, 200] }, bandwidth],
      [{ var: "city", op: "notIn", value: ["北京", "上海"] }, city],
      [{ var: "isVip", op: "eq", value: false }, vip],
      [{ var: "lineStatus", op: "eq", value: "正常" }, lineStatus],
      [{ var: "installDate", op: "gte", value: "2025-06-01" }, installDate],
      [{ var: "city", op: "empty" }, city],
    ];
    for (const [rule, variable] of cases) {
      expect(parseRuleValue(formatRuleValue(rule.value), variable, rule.op), JSON.stringify(rule)).toEqual({ ok: true, value: rule.value });
    }
    const level2: ConditionRule = { var: "level", op: "in", value: ["金卡", "银卡"] };
    expect(parsePicks(formatPicks(level2.value), level)).toEqual({ ok: true, value: level2.value });
  });
});

describe("adaptRule", () => {
  it("keeps a value that still reads as the new type", () => {
    expect(adaptRule({ var: "city", op: "eq", value: "100" }, bandwidth)).toEqual({ var: "currentBandwidth", op: "eq", value: 100 });
    expect(adaptRule({ var: "currentBandwidth", op: "gt", value: 100 }, tenure)).toEqual({ var: "tenureMonths", op: "gt", value: 100 });
  });

  it("wraps a single value into a list, and unwraps a list into its first item", () => {
    expect(adaptRule({ var: "currentBandwidth", op: "eq", value: 100 }, bandwidth, "in")).toEqual({ var: "currentBandwidth", op: "in", value: [100] });
    expect(adaptRule({ var: "currentBandwidth", op: "in", value: [100, 200] }, bandwidth, "gt")).toEqual({ var: "currentBandwidth", op: "gt", value: 100 });
    expect(adaptRule({ var: "level", op: "eq", value: "金卡" }, level, "notIn")).toEqual({ var: "level", op: "notIn", value: ["金卡"] });
  });

  it("drops the value for comparisons that take none", () => {
    expect(adaptRule({ var: "currentBandwidth", op: "eq", value: 100 }, bandwidth, "empty")).toEqual({ var: "currentBandwidth", op: "empty" });
  });

  it("carries an option to another list variable only if that variable has it", () => {
    expect(adaptRule({ var: "level", op: "in", value: ["金卡", "银卡"] }, lineStatus)).toEqual({ var: "lineStatus", op: "in", value: [] });
    const other: Variable = { ...lineStatus, name: "grade", options: ["银卡", "铜卡"] };
    expect(adaptRule({ var: "level", op: "in", value: ["金卡", "银卡"] }, other)).toEqual({ var: "grade", op: "in", value: ["银卡"] });
  });

  it("falls back to 'equals' when the comparison does not fit, and to a neutral value of the type", () => {
    expect(adaptRule({ var: "city", op: "contains", value: "张" }, lineStatus)).toEqual({ var: "lineStatus", op: "eq", value: "正常" });
    expect(adaptRule({ var: "city", op: "eq", value: "张" }, vip)).toEqual({ var: "isVip", op: "eq", value: true });
    expect(adaptRule({ var: "city", op: "eq", value: "张" }, bandwidth, "gte")).toEqual({ var: "currentBandwidth", op: "gte", value: 0 });
    expect(adaptRule({ var: "isVip", op: "eq", value: true }, city, "contains")).toEqual({ var: "city", op: "contains", value: "true" });
    expect(adaptRule({ var: "city", op: "notEmpty" }, installDate, "lt")).toEqual({ var: "installDate", op: "lt", value: "" });
  });

  it("always produces a rule the schema accepts, for every type, comparison and previous value", () => {
    const variables: Variable[] = [bandwidth, vip, lineStatus, level, city, mobile, installDate, { ...city, name: "email", type: "email" }];
    expect(new Set(variables.map((v) => v.type))).toEqual(new Set<VariableType>(VARIABLE_TYPES));
    const previous: ConditionRule[] = [
      { var: "x", op: "notEmpty" },
      { var: "x", op: "eq", value: "abc" },
      { var: "x", op: "eq", value: "" },
      { var: "x", op: "gt", value: 12 },
      { var: "x", op: "eq", value: true },
      { var: "x", op: "in", value: [] },
      { var: "x", op: "in", value: ["金卡", 3, false] },
    ];
    let checked = 0;
    for (const variable of variables) {
      for (const op of CONDITION_OPS) {
        for (const rule of previous) {
          const adapted = adaptRule(rule, variable, op);
          expect(valid(adapted), `${variable.type} ${op} from ${JSON.stringify(rule)}`).toBe(true);
          expect(opFits(adapted.op, variable.type)).toBe(true);
          expect(adapted.var).toBe(variable.name);
          checked++;
        }
      }
    }
    expect(checked).toBe(variables.length * CONDITION_OPS.length * previous.length);
  });

  it("starts a new rule as 'is not empty', valid before it is finished", () => {
    expect(newRule(city)).toEqual({ var: "city", op: "notEmpty" });
    expect(valid(newRule(city))).toBe(true);
  });
});
