// Pure helpers of components/code: minimal text changes and finding a JSON path in text.
import { describe, expect, it } from "vitest";
import { locateIssue } from "@/components/code/issue-location";
import { minimalChange } from "@/components/code/text-diff";
import { validateScriptJson } from "@/lib/script/validate";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";

const apply = (before: string, change: ReturnType<typeof minimalChange>) =>
  change ? before.slice(0, change.start) + change.text + before.slice(change.end) : before;

describe("minimalChange", () => {
  it.each([
    ["您好，{{name}}", "您好，{{name}}！"],
    ["abc", "abXc"],
    ["aaaa", "aa"],
    ["", "新的"],
    ["旧的", ""],
    ["x😀y", "x😁y"],
    ["same", "same"],
  ])("turns %j into %j", (before, after) => {
    expect(apply(before, minimalChange(before, after))).toBe(after);
  });

  it("replaces only the changed span", () => {
    expect(minimalChange("您好，张三先生", "您好，李四先生")).toEqual({ start: 3, end: 5, text: "李四" });
  });

  it("never splits a surrogate pair", () => {
    const change = minimalChange("x😀y", "x😁y");
    expect(change?.start).toBe(1);
    expect(change?.text).toBe("😁");
  });
});

describe("locateIssue", () => {
  const doc = EXAMPLE_SCRIPTS[0]!.document;
  const text = JSON.stringify(doc, null, 2);

  it("points at the key of the property an issue names", () => {
    const broken = JSON.stringify({ ...doc, title: "" }, null, 2);
    const result = validateScriptJson(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.pathText === "title")!;
    const span = locateIssue(broken, issue)!;
    expect(broken.slice(span.offset, span.offset + span.length)).toBe('"title"');
  });

  it("falls back to the object that lacks a required property", () => {
    const { entry: _entry, ...rest } = doc;
    const broken = JSON.stringify(rest, null, 2);
    const span = locateIssue(broken, { path: ["entry"], code: "required", params: {} })!;
    expect(span.offset).toBe(0);
  });

  it("finds the unknown key inside the object", () => {
    const broken = JSON.stringify({ ...doc, colour: "red" }, null, 2);
    const span = locateIssue(broken, { path: [], code: "unknownKeys", params: { keys: "colour" } })!;
    expect(broken.slice(span.offset, span.offset + span.length)).toBe('"colour"');
  });

  it("points at the first syntax error", () => {
    const span = locateIssue('{ "title": }', { path: [], code: "invalidJson", params: { detail: "" } })!;
    expect(span.offset).toBe(11);
  });

  it("finds array items by index", () => {
    const span = locateIssue(text, { path: ["nodes", 1, "id"], code: "invalidId", params: {} })!;
    expect(text.slice(span.offset, span.offset + span.length)).toBe('"id"');
    expect(text.slice(0, span.offset).split("\n").length).toBeGreaterThan(10);
  });
});
