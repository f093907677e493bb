import { describe, expect, it } from "vitest";
import { changes, textDiff } from "./text-diff";

describe("textDiff", () => {
  it("marks a changed word inside Chinese text", () => {
    expect(textDiff("欢迎致电中国电信", "感谢致电中国电信")).toEqual([
      { kind: "removed", text: "欢迎" },
      { kind: "added", text: "感谢" },
      { kind: "same", text: "致电中国电信" },
    ]);
  });

  it("never splits an emoji or a character with a combining mark", () => {
    const parts = textDiff("好👍🏽了", "好👌了");
    expect(parts).toEqual([
      { kind: "same", text: "好" },
      { kind: "removed", text: "👍🏽" },
      { kind: "added", text: "👌" },
      { kind: "same", text: "了" },
    ]);
    expect(textDiff("café", "cafe").map((p) => p.text)).toEqual(["caf", "é", "e"]);
  });

  it("handles empty sides and equal text", () => {
    expect(textDiff("", "您好")).toEqual([{ kind: "added", text: "您好" }]);
    expect(textDiff("您好", "")).toEqual([{ kind: "removed", text: "您好" }]);
    expect(changes(textDiff("同样", "同样"))).toBe(false);
  });

  it("always rebuilds both sides, in English too", () => {
    const parts = textDiff("Thank you for calling", "Thanks for calling");
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe("Thank you for calling");
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe("Thanks for calling");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text)).toEqual(["s"]);
  });
});
