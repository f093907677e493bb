import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS } from "./builtin-packs";
import type { Finding } from "./finding";
import { lintText } from "./lint-text";
import { normalize, normalizePhrase, PLACEHOLDER, QUOTED, sourceRange } from "./text/normalize";

// Rules read a shadow of the agent's words; findings point back into the words as typed.

const zh = (text: string) => lintText(text, { locale: "zh-CN", packs: BUILTIN_PACKS });
const en = (text: string) => lintText(text, { locale: "en", packs: BUILTIN_PACKS });
/** The words a finding covers, read from the designer's own text. */
const covered = (text: string, f: Finding) => text.slice(f.range!.start, f.range!.end);
const said = (text: string, findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => covered(text, f));

describe("the shadow text", () => {
  it("is the text itself for plain Chinese, offset for offset", () => {
    const shadow = normalize("您好，请问有什么可以帮到您？");
    expect(shadow.text).toBe("您好，请问有什么可以帮到您？");
    expect([...shadow.starts]).toEqual([...shadow.text].map((_, i) => i));
    expect([...shadow.ends]).toEqual([...shadow.text].map((_, i) => i + 1));
  });

  it("drops spaces (ASCII, ideographic, tabs) between Han characters only", () => {
    expect(normalize("什 么").text).toBe("什么");
    expect(normalize("什\u3000么").text).toBe("什么");
    expect(normalize("不 知\t道").text).toBe("不知道");
    expect(normalize("I  know 什么").text).toBe("i  know 什么");
    expect(normalize("您好 ABC").text).toBe("您好 abc");
  });

  it("drops zero-width characters", () => {
    expect(normalize("你\u200b好\u200c\u200d\u2060\ufeff").text).toBe("你好");
  });

  it("folds full-width letters and digits to lower-case ASCII, and keeps full-width punctuation", () => {
    expect(normalize("ＮＯ　ＰＲＯＢＬＥＭ").text).toBe("no problem");
    expect(normalize("请稍等２０秒！").text).toBe("请稍等20秒！");
    expect(normalize("Don’t ‘Panic’").text).toBe("don't 'panic'");
  });

  it("masks a {{variable}} as one unit that covers the whole placeholder", () => {
    const text = "{{ customerName }}，您好";
    const shadow = normalize(text);
    expect(shadow.text).toBe(`${PLACEHOLDER}，您好`);
    expect(sourceRange(shadow, 0, 1)).toEqual({ start: 0, end: "{{ customerName }}".length });
  });

  it("masks quoted customer speech, quotes included, but not an unclosed quote", () => {
    expect(normalize("您说的「不知道」是指").text).toBe(`您说的${QUOTED.repeat(5)}是指`);
    expect(normalize("“喂”").text).toBe(QUOTED.repeat(3));
    expect(normalize("『好像』").text).toBe(QUOTED.repeat(4));
    expect(normalize("客户说“喂").text).toBe("客户说“喂");
  });

  it("maps every shadow range back to the source", () => {
    const text = "{{name}}，你 好，ＯＫ";
    const shadow = normalize(text);
    const at = shadow.text.indexOf("你好");
    expect(text.slice(sourceRange(shadow, at, at + 2).start, sourceRange(shadow, at, at + 2).end)).toBe("你 好");
    const ok = shadow.text.indexOf("ok");
    const range = sourceRange(shadow, ok, ok + 2);
    expect(text.slice(range.start, range.end)).toBe("ＯＫ");
  });

  it("folds a pack's phrase the same way as the text", () => {
    expect(normalizePhrase("ＮＯ Problem")).toBe("no problem");
    expect(normalizePhrase("什 么")).toBe("什么");
    expect(normalizePhrase("感兴趣")).toBe("感兴趣");
  });
});

describe("matching through the shadow", () => {
  it("finds 什么 written with a space inside, and marks the spaced words", () => {
    const text = "你说什 么？";
    expect(said(text, zh(text), "courtesy/banned-word")).toEqual(["什 么"]);
  });

  it("finds 不知道 spread over ideographic spaces", () => {
    const text = "这个我不　知　道。";
    expect(said(text, zh(text), "courtesy/banned-word")).toEqual(["不　知　道"]);
  });

  it("still allows the standard greeting when it is typed with a space", () => {
    expect(zh("请问有什 么可以帮到您？")).toEqual([]);
  });

  it("finds English phrases typed in full-width or capitals", () => {
    const text = "ＮＯ ＰＲＯＢＬＥＭ";
    expect(said(text, en(text), "courtesy/banned-phrase")).toEqual(["ＮＯ ＰＲＯＢＬＥＭ"]);
    const shout = "I DON’T KNOW";
    expect(said(shout, en(shout), "courtesy/banned-phrase")).toEqual(["I DON’T KNOW"]);
  });

  it("never matches a banned word inside a {{variable}}", () => {
    expect(zh("{{什么}}，您好")).toEqual([]);
    expect(zh("{{ 不知道 }}您好")).toEqual([]);
    expect(zh("您好，{{好像}}。")).toEqual([]);
    expect(en("{{calm}} down")).toEqual([]);
  });

  it("does not flag quoted customer speech", () => {
    expect(zh("您说的「不知道」是指哪一项呢？")).toEqual([]);
    expect(zh("客户说：“喂，你们怎么回事”，我们先安抚。")).toEqual([]);
    expect(en("You said “I don't know” about the bill; let me explain it.")).toEqual([]);
  });

  it("does flag the same words after the quote closes", () => {
    const text = "您说的「那个」我不知道。";
    expect(said(text, zh(text), "courtesy/banned-word")).toEqual(["不知道"]);
  });

  it("reports ranges in the original text, after placeholders and zero-width characters", () => {
    const text = "{{customerName}}，你\u200b好，请稍等。";
    const findings = zh(text);
    const hello = findings.find((f) => f.ruleId === "courtesy/honorific")!;
    expect(hello.range).toEqual({ start: 17, end: 20 });
    expect(covered(text, hello)).toBe("你\u200b好");
    expect(hello.fix).toEqual({ nodeId: "line", field: "text", range: { start: 17, end: 20 }, text: "您好" });
    const wait = findings.find((f) => f.ruleId === "courtesy/wait-time")!;
    expect(covered(text, wait)).toBe("稍等");
  });
});
