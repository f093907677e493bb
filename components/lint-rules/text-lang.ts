import type { Locale } from "@/lib/script/enums";

const HAN = /\p{Script=Han}/u;

/**
 * The language to mark example text with, so Chinese gets Simplified Chinese glyphs and
 * punctuation even on the English page: the pack's language, else a guess from the text.
 */
export function textLang(text: string, packLocale: Locale | undefined): Locale {
  return packLocale ?? (HAN.test(text) ? "zh-CN" : "en");
}
