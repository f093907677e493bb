import { placeholdersIn, type Placeholder } from "../../script/text-variables";

// Rules match a shadow of the spoken text, not the text itself: full-width letters and digits
// folded to ASCII, Latin lower-cased, curly apostrophes straightened, zero-width characters and
// spaces between Han characters dropped ("什 么" is still 什么), {{variables}} and quoted customer
// speech masked so they never match a banned word. Every shadow unit remembers the source range
// it came from, so a finding's range is always in the designer's own text.

export const PLACEHOLDER = "\uE000";
export const QUOTED = "\uE001";

export type Shadow = {
  text: string;
  /** For each shadow unit, the UTF-16 offset in the source where it starts and ends. */
  starts: Int32Array;
  ends: Int32Array;
};

/** For an opener of quoted customer speech, the closer it waits for. */
function closerOf(code: number): string | undefined {
  if (code === 0x300c) return "」"; // 「
  if (code === 0x201c) return "”"; // “
  if (code === 0x300e) return "』"; // 『
  return undefined;
}

/** `holes`: the text's {{placeholders}} when the caller has them already (placeholdersIn(source)). */
export function normalize(source: string, holes?: readonly Placeholder[]): Shadow {
  const length = source.length;
  // Most lines need no change at all (Chinese with Chinese punctuation): the shadow is the text,
  // and its offsets are 0, 1, 2, … (shared views, never written). Performance only: the general
  // path below gives the same shadow for such a line.
  if (isPlain(source)) return { text: source, starts: counting(0, length), ends: counting(1, length) };
  // One buffer for both offset arrays; the text is built from slices of unchanged runs.
  const offsets = new Int32Array(2 * length);
  const starts = offsets.subarray(0, length);
  const ends = offsets.subarray(length);
  let text = "";
  let run = -1; // start of the current run of characters that shadow themselves
  let last = NaN; // the last shadow unit
  let n = 0;
  holes ??= source.includes("{{") ? placeholdersIn(source) : [];
  let hole = 0;
  let closing: string | null = null;
  for (let i = 0; i < length; i++) {
    const next = holes[hole];
    let unit: number;
    let end = i + 1;
    const code = source.charCodeAt(i);
    if (next && next.start === i) {
      unit = PLACEHOLDER_CODE;
      end = next.end;
      hole++;
    } else if (closing !== null) {
      if (source[i] === closing) closing = null;
      unit = QUOTED_CODE;
    } else {
      const open = closerOf(code);
      if (open !== undefined && source.indexOf(open, i + 1) > 0) {
        closing = open;
        unit = QUOTED_CODE;
      } else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) {
        unit = -1;
      } else if ((code === 0x20 || code === 0x3000 || code === 0x09) && isHan(last) && isHan(nextVisible(source, i))) {
        unit = -1;
      } else {
        unit = fold(code);
      }
    }
    if (unit === code && end === i + 1) {
      if (run < 0) run = i;
    } else {
      if (run >= 0) text += source.slice(run, i);
      run = -1;
      if (unit >= 0) text += String.fromCharCode(unit);
    }
    if (unit >= 0) {
      starts[n] = i;
      ends[n] = end;
      last = unit;
      n++;
    }
    i = end - 1;
  }
  if (run >= 0) text += source.slice(run);
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const PLACEHOLDER_CODE = PLACEHOLDER.charCodeAt(0);
const QUOTED_CODE = QUOTED.charCodeAt(0);

let COUNTING = new Int32Array(0);

/** A view of the numbers from, from + 1, … (length of them), shared by every plain line. */
function counting(from: number, length: number): Int32Array {
  if (COUNTING.length < length + 1) {
    COUNTING = new Int32Array(Math.max(256, length + 1, 2 * COUNTING.length));
    for (let i = 0; i < COUNTING.length; i++) COUNTING[i] = i;
  }
  return COUNTING.subarray(from, from + length);
}

/** Whether normalising changes nothing: no letter to fold, no space, brace, quote or invisible character. */
function isPlain(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // common Han: most of a Chinese line
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || c === 0x20 || c === 0x09 || c === 0x7b) return false;
    } else if (fold(c) !== c || closerOf(c) !== undefined || c === 0x3000 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

/** The same folding for a phrase written in a rule pack, so that pack and text agree. */
export function normalizePhrase(phrase: string): string {
  return isPlain(phrase) ? phrase : normalize(phrase).text;
}

/** The source range covered by shadow units [start, end). */
export function sourceRange(shadow: Shadow, start: number, end: number): { start: number; end: number } {
  return { start: shadow.starts[start] ?? 0, end: shadow.ends[end - 1] ?? 0 };
}

function fold(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  // Full-width digits and letters; full-width punctuation stays, because patterns name it.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0;
  if (code >= 0xff21 && code <= 0xff3a) return code - 0xfee0 + 32;
  if (code === 0x2018 || code === 0x2019) return 0x27;
  if (code === 0x3000) return 0x20;
  return code;
}

function nextVisible(source: string, from: number): number {
  for (let j = from + 1; j < source.length; j++) {
    const c = source.charCodeAt(j);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return c;
  }
  return 0;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
