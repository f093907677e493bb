// Character classes of the estimator, by char code, so that the scan allocates nothing. Sticky
// regexes answer the rare characters outside the fast ranges exactly, without slicing strings.

const HAN_AT = /\p{Script=Han}/uy;
const LETTER_AT = /[\p{L}\p{M}]/uy;

/** The value of an ASCII or full-width digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export function digitAt(text: string, i: number): number {
  return i < text.length ? digitValue(text.charCodeAt(i)) : -1;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** UTF-16 length of the Han character at i (2 for the supplementary planes), or 0. */
export function hanLengthAt(text: string, i: number, c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 1;
  if (c < 0x2e80) return 0;
  if (c >= 0x3400 && c <= 0x4dbf) return 1;
  // Radicals, 々〇, compatibility ideographs and the extension planes are rare: ask the regex.
  HAN_AT.lastIndex = i;
  return HAN_AT.test(text) ? HAN_AT.lastIndex - i : 0;
}

/** UTF-16 length of a letter of a word (any script but Han, combining marks too) at i, or 0. */
export function letterLengthAt(text: string, i: number, c: number): number {
  if (isAsciiLetter(c)) return 1;
  if (c < 0xc0) return 0;
  if (hanLengthAt(text, i, c) > 0) return 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

/** Index after the word that starts at i: letters, joined by ' ’ - ‐ only between letters ("don't", "e-mail"). */
export function endOfWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const len = letterLengthAt(text, i, c);
    if (len > 0) {
      i += len;
      continue;
    }
    const joiner = c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
    if (joiner && i + 1 < n && letterLengthAt(text, i + 1, text.charCodeAt(i + 1)) > 0) {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}
