import { describe, expect, it } from "vitest";
import { sentencesIn } from "./sentences";

const split = (text: string) => sentencesIn(text).map((r) => text.slice(r.start, r.end));

describe("sentencesIn", () => {
  it("splits Chinese text after 。！？ and ……", () => {
    expect(split("您好。请问您是张先生吗？好的……我们有个优惠")).toEqual(["您好。", "请问您是张先生吗？", "好的……", "我们有个优惠"]);
  });

  it("keeps runs of terminators and closing quotes with their sentence", () => {
    expect(split("真的吗？！“你好。”他说。")).toEqual(["真的吗？！", "“你好。”", "他说。"]);
    expect(split('He said "fine." Then left.')).toEqual(['He said "fine."', "Then left."]);
  });

  it("splits English text, but not at decimals or abbreviations", () => {
    expect(split("It costs 12.50. Mr. Smith said e.g. this! OK?  Fine")).toEqual([
      "It costs 12.50.",
      "Mr. Smith said e.g. this!",
      "OK?",
      "Fine",
    ]);
    expect(split("We ship to the U.S. Orders arrive in 3 days.")).toEqual(["We ship to the U.S.", "Orders arrive in 3 days."]);
  });

  it("ends at an abbreviation only before a capital letter or the end of the text", () => {
    expect(split("Apples, pears, etc. We also sell plums.")).toEqual(["Apples, pears, etc.", "We also sell plums."]);
    expect(split("Dial ext. 204, then ask Dr. Lee for the Dr.")).toEqual(["Dial ext. 204, then ask Dr. Lee for the Dr."]);
    expect(split("Visit example.com. Thanks")).toEqual(["Visit example.com.", "Thanks"]);
    expect(split("I don't. Okay")).toEqual(["I don't.", "Okay"]);
  });

  it("gives UTF-16 ranges that trim surrounding whitespace", () => {
    expect(sentencesIn("  您好。 再见 ")).toEqual([
      { start: 2, end: 5 },
      { start: 6, end: 8 },
    ]);
  });

  it("returns a trailing fragment as a sentence and nothing for blank text", () => {
    expect(split("没有句号")).toEqual(["没有句号"]);
    expect(sentencesIn("")).toEqual([]);
    expect(sentencesIn(" \n ")).toEqual([]);
  });
});
