import { digitAt, hanLengthAt, isAsciiLetter, isWhitespace } from "./characters";

// Pause strengths, ordered so that a run of punctuation keeps the strongest with Math.max.
export const NO_PAUSE = 0;
export const ENUMERATION_PAUSE = 1;
export const CLAUSE_PAUSE = 2;
export const SENTENCE_PAUSE = 3;
export type PauseKind = typeof NO_PAUSE | typeof ENUMERATION_PAUSE | typeof CLAUSE_PAUSE | typeof SENTENCE_PAUSE;

// Titles always precede a name, so their dot ends a sentence only at the very end of the text.
const TITLES = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "st"]);
// Other abbreviations (and single letters: e.g., i.e., U.S., a.m., initials) end a sentence only
// when a capital letter, Han text or the end of the text follows.
const ABBREVIATIONS = new Set(["etc", "vs", "inc", "ltd", "co", "corp", "no", "nos", "approx", "ext", "dept", "jr", "sr", "ref", "tel", "acct"]);

function betweenDigits(text: string, i: number): boolean {
  return i > 0 && digitAt(text, i - 1) >= 0 && digitAt(text, i + 1) >= 0;
}

/** Whether the "." at i ends a sentence: not a decimal point, not inside a URL, not after "Mr" or "e.g". */
export function isSentenceDot(text: string, i: number): boolean {
  const n = text.length;
  const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
  if (next === 0x2e || (i > 0 && text.charCodeAt(i - 1) === 0x2e)) return true; // "..." is an ellipsis
  // A dot glued to what follows is a decimal point, a URL or the inside of "e.g".
  if (next >= 0 && (digitAt(text, i + 1) >= 0 || isAsciiLetter(next))) return false;
  let start = i;
  while (start > 0 && start > i - 7 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const length = i - start;
  if (length === 0 || length > 6) return true;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // "don't." ends in a one-letter piece that is no abbreviation.
  if (before === 0x27 || before === 0x2019 || before === 0x2d) return true;
  // Only short words reach this point, so the slice is cheap and rare (once per English sentence).
  const word = text.slice(start, i).toLowerCase();
  const title = TITLES.has(word);
  if (!title && length !== 1 && !ABBREVIATIONS.has(word)) return true;
  let j = i + 1;
  while (j < n && isWhitespace(text.charCodeAt(j))) j++;
  if (j >= n) return true;
  if (title) return false;
  const c = text.charCodeAt(j);
  return (c >= 0x41 && c <= 0x5a) || hanLengthAt(text, j, c) > 0;
}

/** The pause the character c at i asks for; text and i give the context a "." or ":" needs. */
export function pauseKindAt(text: string, i: number, c: number): PauseKind {
  switch (c) {
    case 0x3001: // 、
    case 0xff64: // ､
      return ENUMERATION_PAUSE;
    case 0xff0c: // ，
    case 0xff1b: // ；
    case 0x2c: // ,
    case 0x3b: // ;
      return CLAUSE_PAUSE;
    case 0xff1a: // ：
    case 0x3a: // :  (silent in 3:2 or 10:30)
      return betweenDigits(text, i) ? NO_PAUSE : CLAUSE_PAUSE;
    case 0x3002: // 。
    case 0xff61: // ｡
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0x22ef: // ⋯
    case 0x2014: // —
    case 0x2015: // ―
      return SENTENCE_PAUSE;
    case 0x2013: // – is a dash, except in a range such as 3–5
      return betweenDigits(text, i) ? NO_PAUSE : SENTENCE_PAUSE;
    case 0x2e: // .
      return isSentenceDot(text, i) ? SENTENCE_PAUSE : NO_PAUSE;
    default:
      return NO_PAUSE;
  }
}

/** Whether the character c at i ends a sentence (。！？!?, a sentence-ending ".", an ellipsis). */
export function endsSentenceAt(text: string, i: number, c: number): boolean {
  switch (c) {
    case 0x3002:
    case 0xff61:
    case 0xff01:
    case 0xff1f:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x22ef:
      return true;
    case 0x2e:
      return isSentenceDot(text, i);
    default:
      return false;
  }
}

/** Characters that stay with the sentence they close: more terminators, closing quotes and brackets. */
export function closesSentence(c: number): boolean {
  switch (c) {
    case 0x3002:
    case 0xff61:
    case 0xff01:
    case 0xff1f:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x22ef:
    case 0x2e:
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
    case 0x3011: // 】
    case 0x300b: // 》
    case 0x3009: // 〉
    case 0x3015: // 〕
      return true;
    default:
      return false;
  }
}
