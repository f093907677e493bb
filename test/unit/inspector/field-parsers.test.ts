import { describe, expect, it } from "vitest";
import { nextAnswerId } from "@/components/inspector/answers";
import { moveItem, withOptional } from "@/components/inspector/node-fields";
import { nextParameterName, removeParameter, renameParameter } from "@/components/inspector/parameters";
import {
  parseActionKey,
  parseOptionalSeconds,
  parseOptionalText,
  parseOptions,
  parseParameterName,
  parsePattern,
  parseRequiredText,
  parseSeconds,
  parseVariableName,
} from "@/components/inspector/parse-field";

describe("nextAnswerId", () => {
  it("numbers after the highest a-N in use and ignores descriptive ids", () => {
    expect(nextAnswerId([])).toBe("a-1");
    expect(nextAnswerId([{ id: "a-interested" }, { id: "a-price" }])).toBe("a-1");
    expect(nextAnswerId([{ id: "a-1" }, { id: "a-3" }])).toBe("a-4");
  });
});

describe("moveItem", () => {
  it("moves one item and clamps at the ends", () => {
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("withOptional", () => {
  it("sets a field or leaves it out, without touching the original", () => {
    const node = { id: "n", text: "您好" } as { id: string; text?: string };
    expect(withOptional(node, "text", undefined)).toEqual({ id: "n" });
    expect(withOptional(node, "text", "再见")).toEqual({ id: "n", text: "再见" });
    expect(node).toEqual({ id: "n", text: "您好" });
  });
});

describe("parameters", () => {
  it("names a new row after the first free paramN", () => {
    expect(nextParameterName({ param1: "", to: "" })).toBe("param2");
  });
  it("renames in place, keeping the row order, and refuses a name in use", () => {
    const params = { template: "offer", to: "{{mobile}}", campaign: "x" };
    expect(Object.keys(renameParameter(params, "to", "phone"))).toEqual(["template", "phone", "campaign"]);
    expect(renameParameter(params, "to", "template")).toEqual(params);
    expect(removeParameter(params, "to")).toEqual({ template: "offer", campaign: "x" });
  });
});

describe("field parsers", () => {
  it("leaves blank optional text out and refuses text over the limit", () => {
    expect(parseOptionalText("  ", 120)).toEqual({ ok: true, value: undefined });
    expect(parseOptionalText("x".repeat(121), 120)).toEqual({ ok: false, error: { code: "tooLong", limit: 120 } });
    expect(parseRequiredText(" ", 200)).toEqual({ ok: false, error: { code: "blank" } });
  });

  it("checks seconds against the schema's range", () => {
    expect(parseOptionalSeconds(null, 600)).toEqual({ ok: true, value: undefined });
    expect(parseSeconds(null, 3600)).toEqual({ ok: false, error: { code: "required" } });
    expect(parseOptionalSeconds(-1, 600)).toEqual({ ok: false, error: { code: "tooSmall", limit: 0 } });
    expect(parseSeconds(601, 600)).toEqual({ ok: false, error: { code: "tooBig", limit: 600 } });
    expect(parseOptionalSeconds(2.5, 600)).toEqual({ ok: true, value: 2.5 });
  });

  it("refuses a pattern the schema would refuse (it compiles with the u flag)", () => {
    expect(parsePattern("^1[3-9]\\d{9}$")).toEqual({ ok: true, value: "^1[3-9]\\d{9}$" });
    expect(parsePattern("^(1")).toEqual({ ok: false, error: { code: "invalidPattern" } });
    // Valid without `u`, invalid with it: a lone escaped letter that is not an escape.
    expect(parsePattern("\\q")).toEqual({ ok: false, error: { code: "invalidPattern" } });
    expect(parsePattern("")).toEqual({ ok: true, value: undefined });
  });

  it("accepts Chinese variable names and refuses taken or malformed ones", () => {
    expect(parseVariableName(" 客户姓名 ", [])).toEqual({ ok: true, value: "客户姓名" });
    expect(parseVariableName("1st", [])).toEqual({ ok: false, error: { code: "invalidVariableName" } });
    expect(parseVariableName("mobile", ["mobile"])).toEqual({ ok: false, error: { code: "duplicateVariable", value: "mobile" } });
  });

  it("reads a new list variable's options, whatever comma separates them", () => {
    expect(parseOptions("电话，短信、邮件, 电话")).toEqual({ ok: true, value: ["电话", "短信", "邮件"] });
    expect(parseOptions(" , ")).toEqual({ ok: false, error: { code: "required" } });
  });

  it("checks function keys and parameter names like the schema", () => {
    expect(parseActionKey("query-bill")).toEqual({ ok: true, value: "query-bill" });
    expect(parseActionKey("Query Bill")).toEqual({ ok: false, error: { code: "invalidActionKey" } });
    expect(parseParameterName("to", ["template"])).toEqual({ ok: true, value: "to" });
    expect(parseParameterName("to-phone", [])).toEqual({ ok: false, error: { code: "invalidParameterName" } });
    expect(parseParameterName("template", ["template"])).toEqual({ ok: false, error: { code: "duplicateParameter", value: "template" } });
  });
});
