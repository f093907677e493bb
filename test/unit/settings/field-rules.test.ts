import { describe, expect, it } from "vitest";
import { parseBudget, parseOption, parseOptionList, parseRequiredText, parseVariableName, splitList } from "@/components/settings/field-rules";

describe("field rules", () => {
  it("refuses a blank or over-long required text, and keeps valid text as typed", () => {
    expect(parseRequiredText("   ", 10)).toEqual({ ok: false, error: { key: "blank" } });
    expect(parseRequiredText("x".repeat(11), 10)).toEqual({ ok: false, error: { key: "tooLong", params: { limit: 10 } } });
    expect(parseRequiredText(" 宽带提速 ", 10)).toEqual({ ok: true, value: " 宽带提速 " });
  });

  it("reads an empty budget as no budget and accepts only positive seconds up to an hour", () => {
    expect(parseBudget(null)).toEqual({ ok: true, value: null });
    expect(parseBudget(40)).toEqual({ ok: true, value: 40 });
    expect(parseBudget(7.5)).toEqual({ ok: true, value: 7.5 });
    expect(parseBudget(0)).toMatchObject({ ok: false, error: { key: "notPositive" } });
    expect(parseBudget(-5)).toMatchObject({ ok: false, error: { key: "notPositive" } });
    expect(parseBudget(3601)).toMatchObject({ ok: false, error: { key: "tooBig", params: { limit: 3600 } } });
    expect(parseBudget(Number.NaN)).toMatchObject({ ok: false, error: { key: "notNumber" } });
  });

  it("accepts identifier names, Chinese ones too, and refuses taken or malformed names", () => {
    expect(parseVariableName("客户姓名", [])).toEqual({ ok: true, value: "客户姓名" });
    expect(parseVariableName(" _tenure2 ", [])).toEqual({ ok: true, value: "_tenure2" });
    expect(parseVariableName("2nd", [])).toMatchObject({ ok: false, error: { key: "invalidVariableName" } });
    expect(parseVariableName("first name", [])).toMatchObject({ ok: false, error: { key: "invalidVariableName" } });
    expect(parseVariableName("mobile", ["mobile"])).toMatchObject({ ok: false, error: { key: "duplicateVariable", params: { name: "mobile" } } });
    expect(parseVariableName("", [])).toMatchObject({ ok: false, error: { key: "blank" } });
  });

  it("splits lists on Chinese and ASCII separators", () => {
    expect(splitList("金卡, 银卡，铜卡、 普通 ;")).toEqual(["金卡", "银卡", "铜卡", "普通"]);
  });

  it("reads an option list and refuses duplicates and empty lists", () => {
    expect(parseOptionList("A, B")).toEqual({ ok: true, value: ["A", "B"] });
    expect(parseOptionList(" , ")).toMatchObject({ ok: false, error: { key: "optionsRequired" } });
    expect(parseOptionList("A, A")).toMatchObject({ ok: false, error: { key: "duplicateOption", params: { value: "A" } } });
    expect(parseOption("B", ["A", "B"])).toMatchObject({ ok: false, error: { key: "duplicateOption" } });
  });
});
