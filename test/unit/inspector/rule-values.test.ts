import { describe, expect, it } from "vitest";
import { conditionRuleSchema } from "@/lib/script/condition";
import type { Variable } from "@/lib/script/parts";
import { adaptRule, formatRuleValue, newRule, opsFor, parseRuleValue, valueControl } from "@/components/inspector/rule-values";

const bandwidth: Variable = { name: "currentBandwidth", type: "number", label: "当前宽带速率", source: "customer" };
const vip: Variable = { name: "isVip", type: "boolean", label: "VIP", source: "customer" };
const lineStatus: Variable = { name: "lineStatus", type: "enum", label: "线路状态", source: "system", options: ["正常", "区域故障", "用户端异常"] };
const name: Variable = { name: "customerName", type: "text", label: "客户姓名", source: "customer" };

describe("valueControl", () => {
  it("asks for no value, a list, or one value of the variable's type", () => {
    expect(valueControl("empty", "number")).toBe("none");
    expect(valueControl("in", "enum")).toBe("list");
    expect(valueControl("gte", "number")).toBe("number");
    expect(valueControl("eq", "boolean")).toBe("boolean");
    expect(valueControl("eq", "enum")).toBe("enum");
    expect(valueControl("contains", "phone")).toBe("text");
  });
});

describe("opsFor", () => {
  it("offers ordering only where values have an order", () => {
    expect(opsFor("number")).toContain("gt");
    expect(opsFor("text")).not.toContain("gt");
    expect(opsFor("text")).toContain("contains");
    expect(opsFor("boolean")).toEqual(["eq", "neq", "empty", "notEmpty"]);
  });
  it("keeps the rule's current comparison even when it is odd for the type", () => {
    expect(opsFor("boolean", "gt")).toContain("gt");
  });
});

describe("parseRuleValue", () => {
  it("reads numbers for number variables and refuses words", () => {
    expect(parseRuleValue(" 100 ", bandwidth, "lte")).toEqual({ ok: true, value: 100 });
    expect(parseRuleValue("abc", bandwidth, "lte")).toEqual({ ok: false, error: { code: "notNumber" } });
    expect(parseRuleValue("", bandwidth, "eq")).toEqual({ ok: false, error: { code: "required" } });
  });

  it("reads yes/no in either language", () => {
    expect(parseRuleValue("true", vip, "eq")).toEqual({ ok: true, value: true });
    expect(parseRuleValue("否", vip, "eq")).toEqual({ ok: true, value: false });
    expect(parseRuleValue("maybe", vip, "eq")).toMatchObject({ ok: false, error: { code: "notBoolean" } });
  });

  it("splits lists on ASCII, full-width and enumeration commas", () => {
    expect(parseRuleValue("正常，区域故障、用户端异常", lineStatus, "in")).toEqual({ ok: true, value: ["正常", "区域故障", "用户端异常"] });
    expect(parseRuleValue("100, 200,", bandwidth, "notIn")).toEqual({ ok: true, value: [100, 200] });
  });

  it("refuses a list item that is not one of the variable's options, naming it", () => {
    expect(parseRuleValue("正常, 停机", lineStatus, "in")).toEqual({
      ok: false,
      error: { code: "notOption", value: "停机", options: "正常, 区域故障, 用户端异常" },
    });
  });

  it("takes no value for empty / not empty, and needs at least one list item", () => {
    expect(parseRuleValue("anything", name, "empty")).toEqual({ ok: true, value: undefined });
    expect(parseRuleValue(" , ", name, "in")).toEqual({ ok: false, error: { code: "required" } });
  });

  it("round-trips with formatRuleValue", () => {
    const value = [100, 200];
    expect(parseRuleValue(formatRuleValue(value), bandwidth, "in")).toEqual({ ok: true, value });
  });
});

describe("adaptRule", () => {
  const valid = (rule: unknown) => conditionRuleSchema.safeParse(rule).success;

  it("keeps a value that still reads as the new type", () => {
    expect(adaptRule({ var: "customerName", op: "eq", value: "100" }, bandwidth)).toEqual({ var: "currentBandwidth", op: "eq", value: 100 });
  });

  it("wraps a single value into a list, and unwraps a list into its first item", () => {
    expect(adaptRule({ var: "currentBandwidth", op: "eq", value: 100 }, bandwidth, "in")).toEqual({ var: "currentBandwidth", op: "in", value: [100] });
    expect(adaptRule({ var: "currentBandwidth", op: "in", value: [100, 200] }, bandwidth, "gt")).toEqual({ var: "currentBandwidth", op: "gt", value: 100 });
  });

  it("drops the value for comparisons that take none", () => {
    expect(adaptRule({ var: "currentBandwidth", op: "eq", value: 100 }, bandwidth, "empty")).toEqual({ var: "currentBandwidth", op: "empty" });
  });

  it("falls back to a neutral value of the right type, and to 'equals' when the comparison does not fit", () => {
    expect(adaptRule({ var: "customerName", op: "contains", value: "张" }, lineStatus)).toEqual({ var: "lineStatus", op: "eq", value: "正常" });
    expect(adaptRule({ var: "customerName", op: "eq", value: "张" }, vip)).toEqual({ var: "isVip", op: "eq", value: true });
  });

  it("always produces a rule the schema accepts", () => {
    for (const variable of [bandwidth, vip, lineStatus, name]) {
      for (const op of opsFor(variable.type)) {
        expect(valid(adaptRule({ var: "x", op: "eq", value: "abc" }, variable, op)), `${variable.type} ${op}`).toBe(true);
      }
    }
    expect(valid(newRule(name))).toBe(true);
  });
});
