import { describe, expect, it } from "vitest";
import { followDocument } from "@/components/settings/draft-sync";
import { parseBudget, parseRequiredText } from "@/components/settings/field-rules";
import { fail, ok } from "@/components/settings/parsed";

const title = (text: string) => parseRequiredText(text, 120);
const asText = (v: string) => v;

describe("followDocument", () => {
  it("keeps the user's own input when the document now says what they typed", () => {
    // The user typed "40.0"; the field committed 40; the document's 40 must not rewrite the box.
    const parseText = (text: string) => {
      const n = Number(text);
      return text !== "" && Number.isFinite(n) ? parseBudget(n) : fail("notNumber");
    };
    expect(followDocument("40.0", 40, parseText, String)).toBe("40.0");
  });

  it("shows the document's value after an undo, even over invalid input", () => {
    expect(followDocument("", "宽带提速外呼", title, asText)).toBe("宽带提速外呼");
    expect(followDocument("Broadband upsell", "Broadband upgrade", title, asText)).toBe("Broadband upgrade");
  });

  it("compares structured values, not references", () => {
    const rule = { var: "x", op: "eq", value: 1 };
    expect(followDocument({ text: "1" }, { ...rule }, () => ok({ ...rule }), () => ({ text: "reset" }))).toEqual({ text: "1" });
  });
});
