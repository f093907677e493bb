import { describe, expect, it } from "vitest";
import type { Locale } from "../script/enums";
import { BUILTIN_PACKS } from "./builtin-packs";
import { FALSE_POSITIVE_CORPUS } from "./false-positive-corpus";
import { lintText } from "./lint-text";

// A courtesy linter that flags the standard greeting gets switched off. Every line of the corpus
// is what the standard tells agents to say (or only looks like a banned word): none may be flagged.

const cases = (Object.entries(FALSE_POSITIVE_CORPUS) as [Locale, readonly string[]][]).flatMap(([locale, lines]) =>
  lines.map((text) => [locale, text] as const),
);

describe("the false-positive corpus", () => {
  it("has lines in every language", () => {
    expect(FALSE_POSITIVE_CORPUS["zh-CN"].length).toBeGreaterThan(20);
    expect(FALSE_POSITIVE_CORPUS.en.length).toBeGreaterThan(10);
  });

  it.each(cases)("%s: “%s” draws no courtesy finding", (locale, text) => {
    const courtesy = lintText(text, { locale, packs: BUILTIN_PACKS }).filter((f) => f.category === "courtesy");
    expect(courtesy.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it("includes the lines the standard itself recommends", () => {
    for (const line of [
      "请问有什么可以帮到您？",
      "请问您贵姓？",
      "请问您怎么称呼？",
      "请问还有什么可以帮您吗？",
      "感谢您的来电，祝您生活愉快！",
      "这个问题很专业，请留下您的联系方式，我替您查询后再回复您好吗？",
      "您的问题正在查询中，请稍等20秒。",
      "这是我们应该的。",
      "不知道您现在方便接听电话吗？",
    ]) {
      expect(FALSE_POSITIVE_CORPUS["zh-CN"]).toContain(line);
    }
  });
});

describe("the corpus is not trivially quiet", () => {
  // The habits the rewrites replace must still be caught, or an empty pack would pass the corpus.
  it.each([
    ["zh-CN", "你好，有什么事？"],
    ["zh-CN", "这个问题我不清楚。"],
    ["zh-CN", "我帮你查一下。"],
    ["zh-CN", "喂，什么？"],
    ["zh-CN", "这个应该没问题。"],
    ["en", "Calm down, I don't know."],
    ["en", "That's not my department."],
  ] as const)("%s: “%s” is flagged", (locale, text) => {
    expect(lintText(text, { locale, packs: BUILTIN_PACKS }).filter((f) => f.category === "courtesy")).not.toEqual([]);
  });
});
