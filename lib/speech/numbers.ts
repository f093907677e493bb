// How long numbers are when read aloud, as counts over digit arrays (never parsed to a float, so
// long amounts stay exact). Chinese counts syllables (one Han character each); English counts
// words, where a hyphenated tens word such as "twenty-eight" is two: it has two stressed parts
// and about as many syllables as two words.

/** Longest integer read as a number; longer ones are read digit by digit. */
export const MAX_CARDINAL_DIGITS = 16;

/** Leading zeros are read one by one (007 → 零零七, 9:05 → 九点零五); a lone 0 is 零. */
function leadingZeros(d: ArrayLike<number>, length: number): number {
  let z = 0;
  while (z < length && d[z] === 0) z++;
  return z;
}

/**
 * Syllables of an integer read as a Chinese numeral, e.g. 105 → 一百零五 = 4, 12 → 十二 = 2,
 * 10000 → 一万 = 2, 100001000 → 一亿零一千 = 5.
 */
export function zhIntegerUnits(d: ArrayLike<number>, length: number): number {
  const z = leadingZeros(d, length);
  if (z === length || length - z > MAX_CARDINAL_DIGITS) return length;
  let units = z;
  let seen = false; // a non-zero digit was read already
  let zero = false; // a 零 is due before the next non-zero digit
  let sectionNonZero = false;
  let topSectionNonZero = false; // the 万亿 section, which needs 亿 even when the 亿 section is 0
  for (let k = z; k < length; k++) {
    const v = d[k] ?? 0;
    const p = length - 1 - k; // power of ten
    const pos = p & 3; // 个 十 百 千 inside a four-digit section
    if (v === 0) {
      if (seen) zero = true;
    } else {
      if (zero) units++;
      zero = false;
      // 10–19 at the head of the number are 十X, not 一十X.
      units += pos === 0 || (pos === 1 && v === 1 && !seen) ? 1 : 2;
      seen = true;
      sectionNonZero = true;
    }
    if (pos === 0 && p > 0) {
      const section = p >> 2;
      if (sectionNonZero) {
        units++; // 万, 亿, or the 万 of 万亿
        zero = false; // zeros at the end of a section are not read
        if (section === 3) topSectionNonZero = true;
      } else if (section === 2 && topSectionNonZero) {
        units++; // 一万亿: 亿 is said even though its own section is empty
      }
      sectionNonZero = false;
    }
  }
  return units;
}

/** Words of a number below 100: 0 → none, 7 / 15 / 40 → one, 28 → two ("twenty-eight"). */
export function enBelowHundredWords(v: number): number {
  if (v === 0) return 0;
  return v < 20 || v % 10 === 0 ? 1 : 2;
}

/** Words of an integer read in English, US style without "and": 128 → one hundred twenty-eight = 4. */
export function enIntegerWords(d: ArrayLike<number>, length: number): number {
  const z = leadingZeros(d, length);
  if (z === length || length - z > MAX_CARDINAL_DIGITS) return length;
  let words = z;
  let tens = 0;
  let groupNonZero = false;
  for (let k = z; k < length; k++) {
    const v = d[k] ?? 0;
    const p = length - 1 - k;
    const pos = p % 3;
    if (pos === 2) {
      if (v !== 0) {
        words += 2; // "one hundred"
        groupNonZero = true;
      }
    } else if (pos === 1) {
      tens = v;
    } else {
      const below = tens * 10 + v;
      words += enBelowHundredWords(below);
      if (below !== 0) groupNonZero = true;
      if (groupNonZero && p > 0) words++; // thousand, million, …
      tens = 0;
      groupNonZero = false;
    }
  }
  return words;
}
