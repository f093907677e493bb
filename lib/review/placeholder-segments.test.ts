import { describe, expect, it } from "vitest";
import { textDiff } from "../publish/text-diff";
import { placeholderSegments } from "./placeholder-segments";
import { placeParts } from "./quote";

describe("placeholders drawn apart from the words", () => {
  it("cuts kept words at whole placeholders, keeping offsets in the candidate's text", () => {
    const text = "您好，{{customerTitle}}，请稍等。";
    const [part] = placeParts(text, null);
    expect(placeholderSegments(part!, text)).toEqual([
      { text: "您好，", at: 0, placeholder: false },
      { text: "{{customerTitle}}", at: 3, placeholder: true },
      { text: "，请稍等。", at: 20, placeholder: false },
    ]);
  });

  it("leaves a placeholder a change cuts through as words", () => {
    const before = "{{agentName}}为您服务";
    const after = "{{agentId}}为您服务";
    const parts = placeParts(after, textDiff(before, after));
    const kept = parts.filter((p) => p.kind !== "removed").flatMap((p) => placeholderSegments(p, after));
    expect(kept.map((s) => s.text).join("")).toBe(after);
    expect(kept.every((s) => !s.placeholder && after.slice(s.at, s.at + s.text.length) === s.text)).toBe(true);
  });

  it("cuts removed words by their own placeholders, all at the point of removal", () => {
    const before = "请问{{customerName}}在吗";
    const after = "请问在吗";
    const removed = placeParts(after, textDiff(before, after)).find((p) => p.kind === "removed")!;
    expect(placeholderSegments(removed, after)).toEqual([{ text: "{{customerName}}", at: 2, placeholder: true }]);
  });
});
