import { isWhitespace } from "./characters";
import { closesSentence, endsSentenceAt } from "./punctuation";

export type SentenceRange = { start: number; end: number };

/**
 * Sentences of a spoken text with UTF-16 ranges: split after 。！？!? and after "." that ends a
 * sentence (not decimals or abbreviations), and after …… ; a trailing fragment without a
 * terminator is a sentence too; blank text has none.
 *
 * A range keeps the terminators and closing quotes or brackets that follow it ("？！", "。」")
 * and never starts or ends with whitespace.
 */
export function sentencesIn(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const n = text.length;
  let start = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (start < 0) {
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      start = i;
    }
    if (endsSentenceAt(text, i, c)) {
      let end = i + 1;
      while (end < n && closesSentence(text.charCodeAt(end))) end++;
      out.push({ start, end });
      start = -1;
      i = end;
      continue;
    }
    i++;
  }
  if (start >= 0) {
    let end = n;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    out.push({ start, end });
  }
  return out;
}
