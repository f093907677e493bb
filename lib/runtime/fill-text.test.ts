import { describe, expect, it } from "vitest";
import { fillText } from "./fill-text";

describe("fillText", () => {
  it("fills Chinese variable names", () => {
    expect(fillText("您好，{{客户姓名}}，您的宽带是{{宽带速率}}M。", { 客户姓名: "张先生", 宽带速率: 100 })).toBe("您好，张先生，您的宽带是100M。");
  });

  it("tolerates spaces inside the braces", () => {
    expect(fillText("Hello {{ customerName }}!", { customerName: "Ann" })).toBe("Hello Ann!");
  });

  it("keeps the placeholder as written when a value is missing or blank, so the gap shows", () => {
    expect(fillText("您好，{{客户姓名}}，工号{{ 坐席工号 }}。", { 客户姓名: "  " })).toBe("您好，{{客户姓名}}，工号{{ 坐席工号 }}。");
  });

  it("writes numbers and yes/no with String()", () => {
    expect(fillText("{{a}} {{b}} {{c}}", { a: 12.5, b: false, c: 0 })).toBe("12.5 false 0");
  });

  it("leaves text without placeholders, and braces that are not placeholders, alone", () => {
    expect(fillText("请稍等20秒。", {})).toBe("请稍等20秒。");
    expect(fillText("{{1abc}} {x}", { "1abc": "no" })).toBe("{{1abc}} {x}");
  });

  it("does not read inherited properties as values", () => {
    expect(fillText("{{constructor}} {{toString}}", {})).toBe("{{constructor}} {{toString}}");
  });
});
