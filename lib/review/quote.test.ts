import { describe, expect, it } from "vitest";
import { textDiff } from "../publish/text-diff";
import { offsetIn, placeParts, quoteBetween } from "./quote";

describe("quoting the candidate's words from a drawn diff", () => {
  const before = "您好，欢迎致电，很高兴为您服务。";
  const after = "您好，感谢致电，很高兴为你服务。";

  it("places every part in the candidate's text; removed words take no room", () => {
    const placed = placeParts(after, textDiff(before, after));
    for (const part of placed) if (part.kind !== "removed") expect(after.slice(part.at, part.at + part.text.length)).toBe(part.text);
    const removed = placed.find((p) => p.kind === "removed")!;
    expect(removed.text).toBe("欢迎");
    expect(removed.at).toBe(after.indexOf("感谢"));
  });

  it("draws text without a diff as one kept part, and empty text as none", () => {
    expect(placeParts("您好", null)).toEqual([{ kind: "same", text: "您好", at: 0 }]);
    expect(placeParts("", null)).toEqual([]);
  });

  it("maps a selection across kept, added and removed words to the candidate's words", () => {
    const placed = placeParts(after, textDiff(before, after));
    const first = placed[0]!;
    const removed = placed.find((p) => p.kind === "removed")!;
    const added = placed.find((p) => p.kind === "added")!;
    // From inside the removed words to the middle of the added ones: the removed words are left out.
    expect(quoteBetween(after, offsetIn(removed, 1), offsetIn(added, 1))).toBe("感");
    expect(quoteBetween(after, offsetIn(first, 0), offsetIn(added, 2))).toBe("您好，感谢");
  });

  it("clamps, orders and trims", () => {
    expect(offsetIn({ kind: "same", at: 3, text: "abc" }, 10)).toBe(6);
    expect(quoteBetween("  您好  ", 7, 0)).toBe("您好");
    expect(quoteBetween("您好", 1, 1)).toBeNull();
  });
});
