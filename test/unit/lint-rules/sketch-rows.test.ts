import { describe, expect, it } from "vitest";
import { sketchRows } from "@/components/lint-rules/sketch-rows";
import { markedText } from "@/components/lint-rules/marked-text";

describe("sketchRows", () => {
  it("reads each element the way the linter builds it", () => {
    const rows = sketchRows(
      {
        nodes: [
          { id: "a", stage: "greeting", say: "您好。", next: "q" },
          { id: "q", say: "方便吗？", answers: { 方便: "f", 不方便: null }, seconds: 4 },
          { id: "f", stage: null, say: "请说号码。", field: "phone", type: "phone", next: "k" },
          { id: "k", key: "query-bill", seconds: 2, sets: ["bill"], ok: "c", error: "z" },
          { id: "c", if: { all: [{ var: "bill", op: "gt", value: 100 }] }, yes: "z", no: "z" },
          { id: "z", stage: "closing", exit: "success", suppress: [{ rule: "structure/dead-end", reason: "later", stale: true }] },
        ],
      },
      "q",
    );
    expect(rows.map((r) => [r.id, r.kind, r.flagged])).toEqual([
      ["a", "statement", false],
      ["q", "choice", true],
      ["f", "input", false],
      ["k", "action", false],
      ["c", "condition", false],
      ["z", "exit", false],
    ]);
    expect(rows[0]).toMatchObject({ stage: { kind: "role", role: "greeting" }, say: "您好。", links: [{ port: "next", to: "q" }] });
    expect(rows[1]).toMatchObject({
      stage: { kind: "first" },
      detail: { kind: "reply", seconds: 4 },
      links: [
        { port: "answer", label: "方便", to: "f" },
        { port: "answer", label: "不方便", to: null },
      ],
    });
    expect(rows[2]).toMatchObject({ stage: { kind: "none" }, detail: { kind: "field", variable: "phone", type: "phone" } });
    expect(rows[3]).toMatchObject({ say: null, detail: { kind: "key", key: "query-bill", seconds: 2, sets: ["bill"] }, links: [{ port: "ok", to: "c" }, { port: "error", to: "z" }] });
    expect(rows[4]?.links).toEqual([{ port: "yes", to: "z" }, { port: "no", to: "z" }]);
    expect(rows[5]).toMatchObject({ stage: null, outcome: "success", links: [], suppressed: [{ rule: "structure/dead-end", stale: true }] });
  });

  it("leaves out the outputs a sketch does not mention", () => {
    const [row] = sketchRows({ nodes: [{ id: "b", say: "好的。" }] });
    expect(row?.links).toEqual([]);
    expect(row?.flagged).toBe(false);
  });
});

describe("markedText", () => {
  it("splits around the first occurrence of the mark", () => {
    expect(markedText("喂，您好，喂", "喂")).toEqual({ before: "", mark: "喂", after: "，您好，喂" });
  });
  it("shows the text whole when there is no mark or it is not in the text", () => {
    expect(markedText("您好", undefined)).toEqual({ before: "您好", mark: null, after: "" });
    expect(markedText("您好", "喂")).toEqual({ before: "您好", mark: null, after: "" });
  });
});
