// The formats an input field checks before a value is stored. Deliberately tolerant of how agents
// type (spaces, dashes, brackets in phone numbers) and strict about what cannot be a value.

// Separators people type inside phone numbers: 138 0013 8000, 010-1234-5678, (0755) 8888 8888.
const PHONE_SEPARATORS = /[\s\-().]/g;
const PHONE_FORMATS = [
  /^(?:\+?86)?1[3-9]\d{9}$/, // mainland mobile, with or without the country code
  /^(?:\+?86)?0\d{2,3}\d{7,8}$/, // landline with area code (010 / 0755 + 7–8 digits)
  /^[2-9]\d{6,7}$/, // local landline without area code
  /^[48]00\d{7}$/, // 400 / 800 service numbers
  /^(?:\+|00)[1-9]\d{6,14}$/, // international, E.164 (at most 15 digits)
];

/** A mainland mobile or landline, a 400/800 number, or an international number in E.164 digits. */
export function isPhone(text: string): boolean {
  const digits = text.replace(PHONE_SEPARATORS, "");
  return PHONE_FORMATS.some((format) => format.test(digits));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written yyyy-mm-dd (2024-02-29 yes, 2023-02-29 no). No clock is consulted. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// One @, something before it, a domain of dot-separated labels after it ending in 2+ characters.
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/u;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}
