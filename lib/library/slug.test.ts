import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("spells Chinese titles in pinyin", () => {
    expect(slugify("宽带提速外呼")).toBe("kuan-dai-ti-su-wai-hu");
  });
  it("keeps latin words and numbers", () => {
    expect(slugify("Billing enquiry (inbound) 2026")).toBe("billing-enquiry-inbound-2026");
    expect(slugify("5G 套餐升级")).toBe("5g-tao-can-sheng-ji");
  });
  it("drops accents and punctuation", () => {
    expect(slugify("Café — Rückruf!")).toBe("cafe-ruckruf");
  });
  it("never returns an empty name", () => {
    expect(slugify("！！！")).toBe("script");
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    const taken = new Set(["offer", "offer-2"]);
    expect(uniqueSlug("offer", (s) => taken.has(s))).toBe("offer-3");
    expect(uniqueSlug("new", (s) => taken.has(s))).toBe("new");
  });
});
