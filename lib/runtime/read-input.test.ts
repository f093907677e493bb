import { describe, expect, it } from "vitest";
import type { InputNode } from "../script/nodes";
import type { Variable } from "../script/parts";
import { isEmail, isIsoDate, isPhone } from "./formats";
import { readInput } from "./read-input";

const field = (inputType: InputNode["inputType"], extra: Partial<InputNode> = {}): InputNode => ({
  id: "f",
  kind: "input",
  stageId: "main",
  variable: "v",
  inputType,
  required: true,
  ...extra,
});

describe("phone numbers", () => {
  it.each(["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "8613800138000", "010-12345678", "(0755) 8888 8888", "0755-8888888", "87654321", "400-810-0000", "+44 20 7946 0958", "0044 20 7946 0958"])(
    "accepts %s",
    (text) => expect(isPhone(text)).toBe(true),
  );
  it.each(["12345", "12800138000", "1380013800", "138001380001", "abc", "+0 123 4567", "010-123", "+1234567890123456"])("refuses %s", (text) =>
    expect(isPhone(text)).toBe(false),
  );
});

describe("dates", () => {
  it.each(["2024-02-29", "2000-02-29", "2030-12-31", "1999-01-01"])("accepts %s", (text) => expect(isIsoDate(text)).toBe(true));
  it.each(["2023-02-29", "1900-02-29", "2030-04-31", "2030-13-01", "2030-00-10", "2030-1-5", "2030/01/05", "20300105", "明天"])("refuses %s", (text) =>
    expect(isIsoDate(text)).toBe(false),
  );
});

describe("emails", () => {
  it.each(["a@example.com", "zhang.san+tag@mail.example.com.cn", "张三@例子.中国"])("accepts %s", (text) => expect(isEmail(text)).toBe(true));
  it.each(["a@", "@example.com", "a@example", "a b@example.com", "a@@example.com", "a@example.c"])("refuses %s", (text) => expect(isEmail(text)).toBe(false));
});

describe("readInput", () => {
  const slot: Variable = { name: "v", type: "enum", label: "", source: "input", options: ["上午", "下午"] };

  it("stores a number as a number, plain decimals only (rule-values' reader)", () => {
    expect(readInput(field("number"), undefined, " 12.5 ", null)).toEqual({ ok: true, value: 12.5 });
    expect(readInput(field("number"), undefined, "1e3", null)).toEqual({ ok: false, reason: "notNumber" });
  });

  it("takes an enum value from the variable's options", () => {
    expect(readInput(field("enum"), slot, "下午", null)).toEqual({ ok: true, value: "下午" });
    expect(readInput(field("enum"), slot, "晚上", null)).toEqual({ ok: false, reason: "notOption", options: ["上午", "下午"] });
    expect(readInput(field("enum"), undefined, "晚上", null)).toEqual({ ok: false, reason: "notOption", options: [] });
  });

  it("blank: an error when required, no value (null) otherwise; the pattern is not asked", () => {
    expect(readInput(field("text"), undefined, " ", null)).toEqual({ ok: false, reason: "required" });
    expect(readInput(field("text", { required: false }), undefined, "", /^x$/u)).toEqual({ ok: true, value: null });
  });

  it("checks the type before the pattern, and the pattern on the trimmed text", () => {
    const pattern = /^\d{8}$/u;
    expect(readInput(field("text", { pattern: "^\\d{8}$" }), undefined, " 12345678 ", pattern)).toEqual({ ok: true, value: "12345678" });
    expect(readInput(field("phone", { pattern: "^1" }), undefined, "abc", /^1/u)).toEqual({ ok: false, reason: "notPhone" });
    expect(readInput(field("text", { pattern: "^\\d{8}$" }), undefined, "1234", pattern)).toEqual({ ok: false, reason: "patternMismatch", pattern: "^\\d{8}$" });
  });
});
