import { describe, expect, it } from "vitest";
import { reconcile, sameValue } from "@/components/ui/draft-state";
import { parseOptionalText, parsePattern } from "@/components/inspector/parse-field";

const label = { format: (v: string | undefined) => v ?? "", parse: (t: string) => parseOptionalText(t, 120) };

describe("reconcile", () => {
  it("keeps the state when the document value has not changed", () => {
    const state = { draft: "推荐500M", seen: "推荐500M" };
    expect(reconcile(state, "推荐500M", label.format, label.parse)).toBe(state);
  });

  it("keeps the typed text when the document now holds what it reads as (our own commit)", () => {
    // Spaces blank the label, which the document then leaves out: the field keeps the spaces.
    expect(reconcile({ draft: "   ", seen: "旧名称" }, undefined, label.format, label.parse)).toEqual({ draft: "   ", seen: undefined });
    expect(reconcile({ draft: "推荐500M套餐", seen: "推荐500M" }, "推荐500M套餐", label.format, label.parse)).toEqual({ draft: "推荐500M套餐", seen: "推荐500M套餐" });
  });

  it("follows the document when it changed from outside (undo)", () => {
    expect(reconcile({ draft: "推荐500M套餐", seen: "推荐500M套餐" }, "推荐500M", label.format, label.parse)).toEqual({ draft: "推荐500M", seen: "推荐500M" });
  });

  it("replaces an invalid draft when the document changes under it", () => {
    const state = { draft: "^1[3-9", seen: "^1\\d{10}$" as string | undefined };
    expect(reconcile(state, undefined, (v) => v ?? "", parsePattern)).toEqual({ draft: "", seen: undefined });
  });
});

describe("sameValue", () => {
  it("compares lists by content", () => {
    expect(sameValue([100, 200], [100, 200])).toBe(true);
    expect(sameValue([100], [100, 200])).toBe(false);
    expect(sameValue(undefined, "")).toBe(false);
  });
});
