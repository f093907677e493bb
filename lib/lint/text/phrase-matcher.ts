import type { PhraseEntry, PhrasesRule } from "../pack-schema";
import { normalizePhrase, sourceRange, type Shadow } from "./normalize";

// Phrase matching that does not cry wolf: find each banned phrase or pattern in the shadow text,
// then drop every match that lies inside an allowed context ("有什么可以帮" around 什么). Masking by
// context keeps the data readable for non-programmers, and it is what word segmentation cannot
// do: every segmenter tested still yields 什么 inside the standard greeting.

export type PhraseHit = { entry: number; start: number; end: number; shadowStart: number; shadowEnd: number };

type CompiledEntry = { phrase?: string; pattern?: RegExp; allow: string[]; latinStart: boolean; latinEnd: boolean };
export type CompiledPhrases = { entries: CompiledEntry[]; allow: string[] };

const LATIN = /[a-z0-9]/;

export function compilePhrases(rule: Pick<PhrasesRule, "entries" | "allow">): CompiledPhrases {
  return {
    allow: (rule.allow ?? []).map(normalizePhrase),
    entries: rule.entries.map((e: PhraseEntry) => {
      const phrase = e.phrase === undefined ? undefined : normalizePhrase(e.phrase);
      return {
        phrase,
        pattern: e.pattern === undefined ? undefined : new RegExp(e.pattern, "dgu"),
        allow: (e.allow ?? []).map(normalizePhrase),
        latinStart: phrase !== undefined && LATIN.test(phrase[0] ?? ""),
        latinEnd: phrase !== undefined && LATIN.test(phrase[phrase.length - 1] ?? ""),
      };
    }),
  };
}

export function matchPhrases(compiled: CompiledPhrases, shadow: Shadow): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const text = shadow.text;
  // The allowed contexts are looked for only once an entry matches: most lines match nothing.
  let ruleAllowed: [number, number][] | null = null;
  const found: number[] = []; // this entry's matches: start, end, start, end, … (the first `count`)
  // Plain loops and exec() rather than forEach/closures and matchAll(): this runs for every entry
  // on every element, and matchAll clones the regular expression on each call. Same matches.
  for (let index = 0; index < compiled.entries.length; index++) {
    const entry = compiled.entries[index]!;
    let count = 0;
    if (entry.phrase !== undefined) {
      const p = entry.phrase;
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        if (entry.latinStart && at > 0 && isWordChar(text[at - 1])) continue;
        if (entry.latinEnd && isWordChar(text[at + p.length])) continue;
        found[count++] = at;
        found[count++] = at + p.length;
      }
    } else if (entry.pattern) {
      const pattern = entry.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        // As matchAll does: an empty match moves on by one code point.
        if (m[0] === "") pattern.lastIndex = advance(text, pattern.lastIndex);
        // A pattern may capture the words that matter inside a wider context: group 1 when present.
        const [s, e] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
        found[count++] = s;
        found[count++] = e;
      }
    }
    if (count === 0) continue;
    ruleAllowed ??= compiled.allow.length > 0 ? spansOf(text, compiled.allow) : [];
    const allowed = entry.allow.length > 0 ? ruleAllowed.concat(spansOf(text, entry.allow)) : ruleAllowed;
    for (let k = 0; k < count; k += 2) {
      const s = found[k]!;
      const e = found[k + 1]!;
      if (e <= s || inside(allowed, s, e)) continue;
      hits.push({ entry: index, shadowStart: s, shadowEnd: e, ...sourceRange(shadow, s, e) });
    }
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start || a.entry - b.entry) : hits;
}

function advance(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** Whether the shadow contains any of the (normalised) phrases. */
export function containsAny(shadow: Shadow, phrases: readonly string[]): boolean {
  return phrases.some((p) => shadow.text.includes(p));
}

function spansOf(text: string, phrases: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const p of phrases) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) spans.push([at, at + p.length]);
  }
  return spans;
}

function inside(spans: readonly [number, number][], s: number, e: number): boolean {
  return spans.some(([as, ae]) => as <= s && e <= ae);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (LATIN.test(ch) || ch === "'");
}
