import { describe, expect, it } from "vitest";
import { speakingSeconds, speechBreakdown, type SpeechLocale } from "./estimate";
import { DEFAULT_SPEECH, resolveSpeech } from "./settings";

const zh = (text: string) => speechBreakdown(text, "zh-CN", DEFAULT_SPEECH);
const en = (text: string) => speechBreakdown(text, "en", DEFAULT_SPEECH);
const HAN = 60 / 200; // seconds per Han character at the default rate
const WORD = 60 / 150;

describe("speakingSeconds: worked examples of linters.md §3.3", () => {
  it("times the intent question at 4.1 s at 200/min and 5.3 s at 150/min", () => {
    const text = "请问您对这个优惠感兴趣吗？";
    expect(zh(text)).toMatchObject({ han: 12, pauseMs: 500 });
    expect(speakingSeconds(text, "zh-CN", DEFAULT_SPEECH)).toBeCloseTo(4.1, 9);
    expect(speakingSeconds(text, "zh-CN", resolveSpeech({ hanPerMinute: 150 }))).toBeCloseTo(5.3, 9);
  });

  it("times the English greeting: 10 words, a comma and a question mark", () => {
    const text = "Thank you for calling, how can I help you today?";
    expect(en(text)).toMatchObject({ words: 10, pauseMs: 750 });
    expect(speakingSeconds(text, "en", DEFAULT_SPEECH)).toBeCloseTo(4 + 0.25 + 0.5, 9);
  });

  it("agrees with speechBreakdown", () => {
    for (const [text, locale] of [
      ["您好，{{客户姓名}}，您的5G套餐每月128.5元。", "zh-CN"],
      ["Hi {{name}}, your plan costs $12.50 a month.", "en"],
    ] as [string, SpeechLocale][]) {
      expect(speakingSeconds(text, locale, DEFAULT_SPEECH)).toBe(speechBreakdown(text, locale, DEFAULT_SPEECH).seconds);
    }
  });
});

describe("blank and silent text", () => {
  it("is 0 for empty and whitespace-only text", () => {
    expect(speakingSeconds("", "zh-CN", DEFAULT_SPEECH)).toBe(0);
    expect(speakingSeconds(" \n\t\u3000", "en", DEFAULT_SPEECH)).toBe(0);
    expect(zh("  ")).toEqual({ han: 0, words: 0, numberUnits: 0, placeholders: 0, pauseMs: 0, seconds: 0 });
  });

  it("is 0 for punctuation with nothing said", () => {
    expect(speakingSeconds("……？！", "zh-CN", DEFAULT_SPEECH)).toBe(0);
  });
});

describe("numbers in Chinese text are read as the agent says them", () => {
  it("reads a mobile number digit by digit, grouped or not", () => {
    expect(zh("13800138000").numberUnits).toBe(11);
    expect(zh("138-0013-8000").numberUnits).toBe(11);
    expect(zh("138 0013 8000").numberUnits).toBe(11);
    expect(zh("13800138000").seconds).toBeCloseTo(11 * HAN, 9);
  });

  it("reads a number named as an identifier digit by digit: 工号 1234 adds 1.2 s", () => {
    expect(zh("工号1234").numberUnits).toBe(4);
    expect(zh("工号：1234").numberUnits).toBe(4);
    expect(zh("请拨打95588").numberUnits).toBe(5);
    expect(zh("客服热线10086").numberUnits).toBe(5);
    expect(zh("工号1234").seconds - zh("工号").seconds).toBeCloseTo(1.2, 9);
    expect(zh("共1234人").numberUnits).toBe(7); // 一千二百三十四
  });

  it("reads amounts in full: 128.5元 → 一百二十八点五元 = 8", () => {
    expect(zh("128.5元")).toMatchObject({ han: 1, numberUnits: 7, pauseMs: 0 });
    expect(zh("128.5元").seconds).toBeCloseTo(8 * HAN, 9);
    expect(zh("￥128.5").numberUnits).toBe(8); // 元 is said although not written
    expect(zh("1,280元").numberUnits).toBe(6); // 一千二百八十: the comma is a thousands separator
  });

  it("reads round numbers, teens and zeros as numerals", () => {
    expect(zh("10000").numberUnits).toBe(2); // 一万
    expect(zh("20").numberUnits).toBe(2); // 二十
    expect(zh("105").numberUnits).toBe(4); // 一百零五
    expect(zh("15").numberUnits).toBe(2); // 十五
  });

  it("reads a year before 年 digit by digit", () => {
    expect(zh("2026年")).toMatchObject({ han: 1, numberUnits: 4 }); // 二零二六年
    expect(zh("3年").numberUnits).toBe(1);
  });

  it("reads percentages and clock times", () => {
    expect(zh("50%").numberUnits).toBe(5); // 百分之五十
    expect(zh("12.5％").numberUnits).toBe(7); // 百分之十二点五
    expect(zh("10:30").numberUnits).toBe(4); // 十点三十
    expect(zh("9:05").numberUnits).toBe(4); // 九点零五
  });

  it("reads full-width digits like ASCII ones", () => {
    expect(zh("１２８").numberUnits).toBe(5);
  });

  it("counts Latin words at the word rate inside Chinese text", () => {
    const b = zh("您的5G套餐");
    expect(b).toMatchObject({ han: 4, words: 1, numberUnits: 1 });
    expect(b.seconds).toBeCloseTo(5 * HAN + WORD, 9);
    expect(zh("下载App")).toMatchObject({ han: 2, words: 1 });
  });
});

describe("numbers in English text", () => {
  it("reads integers as words, hyphenated tens as two", () => {
    expect(en("128").numberUnits).toBe(4); // one hundred twenty-eight
    expect(en("1,234,567").numberUnits).toBe(11);
  });

  it("reads decimals digit by digit after the point", () => {
    expect(en("12.50").numberUnits).toBe(4); // twelve point five zero
    expect(en("It is 12.50.").pauseMs).toBe(500); // the decimal point is no sentence end
  });

  it("reads money with its currency", () => {
    expect(en("$12.50").numberUnits).toBe(5); // twelve dollars and fifty cents
    expect(en("$12").numberUnits).toBe(2); // twelve dollars
    expect(en("$12.00").numberUnits).toBe(2);
    expect(en("$0.99").numberUnits).toBe(3); // ninety-nine cents
  });

  it("reads percent, ordinals and identifiers", () => {
    expect(en("50%").numberUnits).toBe(2); // fifty percent
    expect(en("the 21st")).toMatchObject({ words: 1, numberUnits: 2 }); // twenty-first
    expect(en("Call 1-800-555-0199.").numberUnits).toBe(11);
    expect(en("10:05").numberUnits).toBe(3); // ten oh five
  });
});

describe("placeholders", () => {
  it("count as placeholderUnits Han characters in Chinese text, not as their name", () => {
    const b = zh("{{客户姓名}}您好");
    expect(b).toMatchObject({ han: 2, placeholders: 1 });
    expect(b.seconds).toBeCloseTo((2 + 3) * HAN, 9);
    expect(zh("{{ customerName }}").words).toBe(0);
  });

  it("count as half as many words (at least one) in English text", () => {
    expect(en("Hi {{name}}").seconds).toBeCloseTo((1 + 2) * WORD, 9); // round(3 / 2) = 2
    const one = resolveSpeech({ placeholderUnits: 1 });
    expect(speakingSeconds("{{name}}", "en", one)).toBeCloseTo(WORD, 9);
    expect(speakingSeconds("{{name}}", "en", resolveSpeech({ placeholderUnits: 0 }))).toBe(0);
  });

  it("leaves text that is not a placeholder to the usual rules", () => {
    expect(en("{{ 1x }}")).toMatchObject({ placeholders: 0, words: 1, numberUnits: 1 });
  });
});

describe("pauses", () => {
  it("weighs 、 ， and 。 differently", () => {
    expect(zh("苹果、香蕉，还有橙子。").pauseMs).toBe(150 + 250 + 500);
  });

  it("counts a run of punctuation once, at its strongest", () => {
    expect(zh("真的吗？！").pauseMs).toBe(500);
    expect(zh("他说：“好的。”然后").pauseMs).toBe(250 + 500);
    expect(zh("好的……我看看").pauseMs).toBe(500);
    expect(zh("好的，——我看看").pauseMs).toBe(500);
    expect(en("Wait... what?").pauseMs).toBe(1000);
  });

  it("adds nothing for whitespace at the end, but keeps the final sentence pause", () => {
    expect(zh("您好。  \n").pauseMs).toBe(500);
    expect(zh("您好  ").pauseMs).toBe(0);
  });

  it("does not pause at a decimal point, an abbreviation or a clock time", () => {
    expect(en("Mr. Smith will call.").pauseMs).toBe(500);
    expect(en("Fees, e.g. the late fee, apply.").pauseMs).toBe(250 + 250 + 500);
    expect(en("Visit example.com today").pauseMs).toBe(0);
    expect(zh("利率3.5").pauseMs).toBe(0);
    expect(zh("10:30到").pauseMs).toBe(0);
  });

  it("uses the configured weights", () => {
    const slow = resolveSpeech({ pauseMs: { clause: 400, sentence: 1000 } });
    expect(speechBreakdown("好，好。", "zh-CN", slow).pauseMs).toBe(1400);
  });
});

describe("words", () => {
  it("keeps apostrophes and hyphens inside a word", () => {
    expect(en("don't e-mail me").words).toBe(3);
    expect(en("It’s fine").words).toBe(2);
  });

  it("counts accented and full-width letters as word letters", () => {
    expect(en("café naïve").words).toBe(2);
  });
});

describe("robustness", () => {
  it("never throws and stays deterministic on odd input", () => {
    const odd = ["{{", "}}", "{{}}", "$", "%", ".", "1.", ".5", "1,", "9:", "\u{20000}\u{20001}", "\ud800", "1".repeat(40), "1,234,".repeat(5)];
    for (const text of odd) {
      const a = speakingSeconds(text, "zh-CN", DEFAULT_SPEECH);
      expect(Number.isFinite(a)).toBe(true);
      expect(speakingSeconds(text, "zh-CN", DEFAULT_SPEECH)).toBe(a);
      expect(Number.isFinite(speakingSeconds(text, "en", DEFAULT_SPEECH))).toBe(true);
    }
  });

  it("counts Han characters outside the basic block, 〇 and the extension planes included", () => {
    expect(zh("二〇二六").han).toBe(4);
    expect(zh("\u{20000}\u{20001}").han).toBe(2);
    expect(zh("㐀").han).toBe(1);
  });
});
