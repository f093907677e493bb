import { digitAt, digitValue, isAsciiLetter, letterLengthAt } from "./characters";
import { MAX_CARDINAL_DIGITS, enBelowHundredWords, enIntegerWords, zhIntegerUnits } from "./numbers";

/** Digits in a row from which a number is an identifier (phone, account, ID) read digit by digit. */
export const DIGIT_BY_DIGIT_FROM = 7;

// One buffer for the integer digits, reused by every call: the estimator must not allocate.
const DIGITS = new Uint8Array(MAX_CARDINAL_DIGITS + 1);

function store(length: number, v: number): void {
  if (length < DIGITS.length) DIGITS[length] = v;
}

function scanDigits(text: string, i: number): number {
  while (digitAt(text, i) >= 0) i++;
  return i;
}

/** Separators inside phone numbers: 138 0013 8000, 138-0013-8000, 400–820–8820. */
function isGroupSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x2013 || c === 0xa0;
}

// A currency sign is written before the amount but said after it, as a word of its own:
// ￥128.5 → 一百二十八点五元, $12 → twelve dollars.
function currencyBefore(text: string, start: number): number {
  return start > 0 ? text.charCodeAt(start - 1) : -1;
}

/** Syllables of the currency word in Chinese: 美元, 欧元, 英镑 two, 元 one. */
function zhCurrencyUnits(c: number): number {
  switch (c) {
    case 0x24: // $ 美元
    case 0xff04: // ＄
    case 0x20ac: // € 欧元
    case 0xa3: // £ 英镑
    case 0xffe1: // ￡
      return 2;
    case 0xa5: // ¥ 元
    case 0xffe5: // ￥
      return 1;
    default:
      return 0;
  }
}

/** Currencies whose two-digit fraction is said as cents or pence: $12.50 → twelve dollars and fifty cents. */
function enCurrencyHasCents(c: number): boolean {
  return c === 0x24 || c === 0xff04 || c === 0x20ac || c === 0xa3 || c === 0xffe1;
}

function isEnCurrency(c: number): boolean {
  return enCurrencyHasCents(c) || c === 0xa5 || c === 0xffe5;
}

/** What may stand between a label and its number: 工号 1234, 工号：1234. */
function isLabelGap(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0xff1a || c === 0x3000;
}

/**
 * Whether Chinese text names the number as an identifier just before it (工号1234, 尾号：8000,
 * 热线10086, 请拨打95588): then even a short number is read digit by digit.
 */
function zhNamesIdentifier(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && isLabelGap(text.charCodeAt(k))) k--;
  if (k < 0) return false;
  switch (text.charCodeAt(k)) {
    case 0x53f7: // 号: 工号, 尾号, 账号, 房间号
    case 0x7801: // 码: 号码, 验证码
    case 0x7ebf: // 线: 热线, 专线
    case 0x8bdd: // 话: 电话
    case 0x62e8: // 拨
      return true;
    case 0x6253: // 打, only in 拨打
      return k > 0 && text.charCodeAt(k - 1) === 0x62e8;
    case 0x7535: // 电, only in 致电
      return k > 0 && text.charCodeAt(k - 1) === 0x81f4;
    default:
      return false;
  }
}

function isEnOrdinalSuffix(text: string, i: number): boolean {
  if (i + 1 >= text.length || !isAsciiLetter(text.charCodeAt(i)) || !isAsciiLetter(text.charCodeAt(i + 1))) return false;
  const a = text.charCodeAt(i) | 0x20; // lower case
  const b = text.charCodeAt(i + 1) | 0x20;
  const suffix = (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68);
  if (!suffix) return false;
  return i + 2 >= text.length || letterLengthAt(text, i + 2, text.charCodeAt(i + 2)) === 0;
}

/**
 * Reads the number that starts with the digit at `start`, as it is said aloud, and returns the
 * index after it. Its length (Han syllables when `zh`, else words) is written to `out.units`,
 * so that the hot loop allocates no result object.
 */
export function readNumberAt(text: string, start: number, zh: boolean, out: { units: number }): number {
  const n = text.length;
  let i = start;
  let length = 0;
  // Inline digit tests: this runs for every digit, often before the JIT has compiled anything.
  for (let c = text.charCodeAt(i); ; c = text.charCodeAt(++i)) {
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (v < 0) break;
    if (length < DIGITS.length) DIGITS[length] = v;
    length++;
  }
  const next = i < n ? text.charCodeAt(i) : -1;

  // 1,280 / 10,000,000: thousands separators make an amount, never an identifier.
  let grouped = false;
  if (next === 0x2c && length <= 3) {
    while (
      text.charCodeAt(i) === 0x2c &&
      digitAt(text, i + 1) >= 0 &&
      digitAt(text, i + 2) >= 0 &&
      digitAt(text, i + 3) >= 0 &&
      digitAt(text, i + 4) < 0
    ) {
      for (let k = 1; k <= 3; k++) store(length++, digitValue(text.charCodeAt(i + k)));
      i += 4;
      grouped = true;
    }
  }

  if (!grouped && isGroupSeparator(next)) {
    // Digit groups split by spaces or dashes are one identifier when they are long enough.
    let j = i;
    let total = length;
    while (j + 1 < n && isGroupSeparator(text.charCodeAt(j)) && digitAt(text, j + 1) >= 0) {
      const end = scanDigits(text, j + 1);
      total += end - j - 1;
      j = end;
    }
    if (j > i && total >= DIGIT_BY_DIGIT_FROM) {
      out.units = total;
      return j;
    }
  }

  let fractionStart = -1;
  let fractionLength = 0;
  const point = i < n ? text.charCodeAt(i) : -1;
  if ((point === 0x2e || point === 0xff0e) && digitAt(text, i + 1) >= 0) {
    fractionStart = i + 1;
    i = scanDigits(text, fractionStart);
    fractionLength = i - fractionStart;
  }

  if (!grouped && fractionStart < 0 && (length >= DIGIT_BY_DIGIT_FROM || (zh && zhNamesIdentifier(text, start)))) {
    out.units = length;
    return i;
  }
  // A year before 年 is read digit by digit: 2026年 → 二零二六年.
  if (zh && !grouped && fractionStart < 0 && length === 4 && i < n && text.charCodeAt(i) === 0x5e74) {
    out.units = 4;
    return i;
  }

  let units = length > MAX_CARDINAL_DIGITS ? length : zh ? zhIntegerUnits(DIGITS, length) : enIntegerWords(DIGITS, length);
  const currency = currencyBefore(text, start);

  if (fractionStart >= 0) {
    if (!zh && fractionLength === 2 && enCurrencyHasCents(currency)) {
      const cents = enBelowHundredWords(digitValue(text.charCodeAt(fractionStart)) * 10 + digitValue(text.charCodeAt(fractionStart + 1)));
      const noMajor = length === 1 && DIGITS[0] === 0;
      // $0.50 → fifty cents; $12.50 → twelve dollars and fifty cents; $12.00 → twelve dollars.
      if (cents === 0) units += 1;
      else units = noMajor ? cents + 1 : units + 1 + 1 + cents + 1;
      out.units = units;
      return i;
    }
    units += 1 + fractionLength; // 点 / point, then the digits one by one
  } else if (!grouped && length <= 2 && (point === 0x3a || point === 0xff1a)) {
    // 10:30 → 十点三十 / ten thirty; 9:05 → 九点零五 / nine oh five; 10:00 → 十点 / ten o'clock.
    const m1 = digitAt(text, i + 1);
    const m2 = digitAt(text, i + 2);
    if (m1 >= 0 && m2 >= 0 && digitAt(text, i + 3) < 0) {
      DIGITS[0] = m1;
      DIGITS[1] = m2;
      const minutes = m1 === 0 && m2 === 0 ? 0 : zh ? zhIntegerUnits(DIGITS, 2) : enIntegerWords(DIGITS, 2);
      units += zh ? 1 + minutes : minutes === 0 ? 1 : minutes;
      i += 3;
    }
  }

  const after = i < n ? text.charCodeAt(i) : -1;
  if (after === 0x25 || after === 0xff05) {
    units += zh ? 3 : 1; // 百分之 / percent
    i++;
  } else if (zh) {
    units += zhCurrencyUnits(currency);
  } else if (isEnCurrency(currency)) {
    units += 1; // dollars, pounds, euros, yuan
  } else if (fractionStart < 0 && isEnOrdinalSuffix(text, i)) {
    i += 2; // 21st → twenty-first: as long as the cardinal
  }
  out.units = units;
  return i;
}
