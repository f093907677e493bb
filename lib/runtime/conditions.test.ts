import { describe, expect, it } from "vitest";
import type { ConditionRule, RuleSet } from "../script/condition";
import type { Variable } from "../script/parts";
import { evaluateRules, ruleHolds } from "./conditions";
import type { Values } from "./types";

const variables = new Map<string, Variable>(
  (
    [
      { name: "速率", type: "number" },
      { name: "日期", type: "date" },
      { name: "VIP", type: "boolean" },
      { name: "状态", type: "enum", options: ["正常", "区域故障"] },
      { name: "地址", type: "text" },
      { name: "邮箱", type: "email" },
    ] as const
  ).map((v) => [v.name, { ...v, label: v.name, source: "customer" } as Variable]),
);
const values: Values = { 速率: 100, 日期: "2030-01-15", VIP: true, 状态: "区域故障", 地址: "北京市朝阳区", 邮箱: "Zhang@Example.com" };
const holds = (rule: ConditionRule, given: Values = values) => ruleHolds(rule, given, variables);

describe("ruleHolds", () => {
  it.each<[ConditionRule, boolean]>([
    [{ var: "速率", op: "eq", value: 100 }, true],
    [{ var: "速率", op: "eq", value: "100" }, true],
    [{ var: "速率", op: "neq", value: 100 }, false],
    [{ var: "速率", op: "lte", value: 100 }, true],
    [{ var: "速率", op: "lt", value: 100 }, false],
    [{ var: "速率", op: "gt", value: 50 }, true],
    [{ var: "速率", op: "gte", value: 101 }, false],
    [{ var: "速率", op: "in", value: [50, 100] }, true],
    [{ var: "速率", op: "notIn", value: [50, 100] }, false],
    [{ var: "日期", op: "gt", value: "2030-01-14" }, true],
    [{ var: "日期", op: "lt", value: "2030-01-15" }, false],
    [{ var: "VIP", op: "eq", value: true }, true],
    [{ var: "VIP", op: "neq", value: true }, false],
    [{ var: "状态", op: "eq", value: "区域故障" }, true],
    [{ var: "状态", op: "in", value: ["正常"] }, false],
    [{ var: "地址", op: "contains", value: "朝阳" }, true],
    [{ var: "邮箱", op: "contains", value: "example" }, true],
    [{ var: "地址", op: "notEmpty" }, true],
    [{ var: "地址", op: "empty" }, false],
  ])("%j → %s", (rule, expected) => expect(holds(rule)).toBe(expected));

  it("a comparison that does not fit the type never holds", () => {
    expect(holds({ var: "地址", op: "gt", value: "a" })).toBe(false);
    expect(holds({ var: "速率", op: "contains", value: "1" })).toBe(false);
    expect(holds({ var: "VIP", op: "in", value: [true] })).toBe(false);
  });

  it("a variable without a value is empty: only empty, neq and notIn hold", () => {
    const none: Values = { 地址: "  " };
    expect(holds({ var: "地址", op: "empty" }, none)).toBe(true);
    expect(holds({ var: "速率", op: "empty" }, none)).toBe(true);
    expect(holds({ var: "速率", op: "neq", value: 1 }, none)).toBe(true);
    expect(holds({ var: "速率", op: "notIn", value: [1] }, none)).toBe(true);
    for (const op of ["eq", "gt", "gte", "lt", "lte"] as const) expect(holds({ var: "速率", op, value: 1 }, none)).toBe(false);
    expect(holds({ var: "速率", op: "in", value: [1] }, none)).toBe(false);
    expect(holds({ var: "地址", op: "contains", value: "x" }, none)).toBe(false);
    expect(holds({ var: "地址", op: "notEmpty" }, none)).toBe(false);
  });

  it("reads a number kept as text from a customer record; text that is not a number compares with nothing", () => {
    expect(holds({ var: "速率", op: "gt", value: 50 }, { 速率: "300" })).toBe(true);
    expect(holds({ var: "速率", op: "gt", value: 50 }, { 速率: "很快" })).toBe(false);
  });
});

describe("evaluateRules", () => {
  const yes: ConditionRule = { var: "速率", op: "eq", value: 100 };
  const no: ConditionRule = { var: "速率", op: "eq", value: 1 };
  it.each<[RuleSet, boolean]>([
    [{ all: [] }, true],
    [{ any: [] }, false],
    [{ all: [yes, no] }, false],
    [{ all: [yes, yes] }, true],
    [{ any: [no, yes] }, true],
    [{ any: [no, no] }, false],
  ])("%j → %s", (rules, expected) => expect(evaluateRules(rules, values, variables)).toBe(expected));
});
