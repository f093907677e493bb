import { describe, expect, it } from "vitest";
import { enIntegerWords, zhIntegerUnits } from "./numbers";

const digits = (s: string) => [...s].map(Number);
const zh = (s: string) => zhIntegerUnits(digits(s), s.length);
const en = (s: string) => enIntegerWords(digits(s), s.length);

describe("zhIntegerUnits counts the syllables of the Chinese numeral", () => {
  it.each([
    ["0", 1], // 零
    ["7", 1], // 七
    ["10", 1], // 十
    ["12", 2], // 十二
    ["20", 2], // 二十
    ["105", 4], // 一百零五
    ["110", 4], // 一百一十
    ["128", 5], // 一百二十八
    ["1000", 2], // 一千
    ["1010", 5], // 一千零一十
    ["1280", 6], // 一千二百八十
    ["2026", 6], // 二千零二十六
    ["10000", 2], // 一万
    ["10086", 6], // 一万零八十六
    ["110000", 3], // 十一万
    ["100012", 6], // 十万零一十二
    ["1000000", 3], // 一百万
    ["10001000", 5], // 一千万一千 (a section's trailing zeros are silent)
    ["10000001", 5], // 一千万零一
    ["100000000", 2], // 一亿
    ["100001000", 5], // 一亿零一千
    ["1000000000000", 3], // 一万亿
    ["1000000000001", 5], // 一万亿零一
    ["007", 3], // 零零七
    ["05", 2], // 零五
  ])("%s → %i", (s, units) => {
    expect(zh(s)).toBe(units);
  });

  it("reads integers longer than 16 digits digit by digit", () => {
    expect(zh("12345678901234567")).toBe(17);
  });
});

describe("enIntegerWords counts words, a hyphenated tens word as two", () => {
  it.each([
    ["0", 1], // zero
    ["7", 1], // seven
    ["15", 1], // fifteen
    ["40", 1], // forty
    ["28", 2], // twenty-eight
    ["100", 2], // one hundred
    ["128", 4], // one hundred twenty-eight
    ["1000", 2], // one thousand
    ["2026", 4], // two thousand twenty-six
    ["10000", 2], // ten thousand
    ["1000000", 2], // one million
    ["1234567", 11], // one million two hundred thirty-four thousand five hundred sixty-seven
    ["1000001", 3], // one million one
    ["05", 2], // oh five
  ])("%s → %i", (s, words) => {
    expect(en(s)).toBe(words);
  });
});
