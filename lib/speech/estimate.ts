import { endOfWord, hanLengthAt, letterLengthAt } from "./characters";
import { readNumberAt } from "./number-tokens";
import { CLAUSE_PAUSE, ENUMERATION_PAUSE, NO_PAUSE, type PauseKind, SENTENCE_PAUSE, pauseKindAt } from "./punctuation";
import type { SpeechSettings } from "./settings";

export type SpeechLocale = "zh-CN" | "en";

/** What a text is made of when spoken, and how long it takes. */
export type SpeechBreakdown = {
  /** Han characters of the text itself (not inside placeholders), at hanPerMinute. */
  han: number;
  /** Latin (and other non-Han) words, at wordsPerMinute in either locale. */
  words: number;
  /** Length of the numbers as read aloud: Han syllables in zh-CN (hanPerMinute), words in en (wordsPerMinute). */
  numberUnits: number;
  /** How many {{variable}} placeholders; each is read as settings.placeholderUnits (see README). */
  placeholders: number;
  pauseMs: number;
  seconds: number;
};

const PLACEHOLDER_AT = /\{\{\s*[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*\s*\}\}/y;

// The counts of the last scan. Module state, reused so that speakingSeconds allocates nothing;
// safe because a scan runs to completion synchronously.
const tally = { han: 0, words: 0, numberUnits: 0, placeholders: 0, enumerations: 0, clauses: 0, sentences: 0 };
const number = { units: 0 };

// Local copies: some module loaders (tsx, Vite's SSR transform) turn every read of an imported
// binding into a getter call, which would dominate a loop that runs once per character.
const NONE: PauseKind = NO_PAUSE;
const ENUMERATION: PauseKind = ENUMERATION_PAUSE;
const CLAUSE: PauseKind = CLAUSE_PAUSE;
const SENTENCE: PauseKind = SENTENCE_PAUSE;

function addPause(kind: PauseKind): PauseKind {
  if (kind === SENTENCE) tally.sentences++;
  else if (kind === CLAUSE) tally.clauses++;
  else if (kind === ENUMERATION) tally.enumerations++;
  return NONE;
}

/** One pass over the text. Between two spoken tokens, the strongest pause of the gap counts once. */
function scan(text: string, zh: boolean): void {
  tally.han = tally.words = tally.numberUnits = tally.placeholders = 0;
  tally.enumerations = tally.clauses = tally.sentences = 0;
  const n = text.length;
  let gap: PauseKind = NONE;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (gap !== NONE) gap = addPause(gap);
      // Chinese is mostly runs of common Han characters: count a run in a tight loop.
      let j = i + 1;
      for (let d = text.charCodeAt(j); d >= 0x4e00 && d <= 0x9fff; d = text.charCodeAt(++j));
      tally.han += j - i;
      i = j;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      if (gap !== NONE) gap = addPause(gap);
      tally.words++;
      i = endOfWord(text, i + 1);
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) {
      if (gap !== NONE) gap = addPause(gap);
      i = readNumberAt(text, i, zh, number);
      tally.numberUnits += number.units;
    } else if (c === 0x7b && text.charCodeAt(i + 1) === 0x7b && matchPlaceholder(text, i)) {
      if (gap !== NONE) gap = addPause(gap);
      tally.placeholders++;
      i = PLACEHOLDER_AT.lastIndex;
    } else if (c === 0x20) {
      i++;
    } else {
      const kind = pauseKindAt(text, i, c);
      if (kind !== NONE) {
        if (kind > gap) gap = kind;
        i++;
      } else if (c < 0x80) {
        i++; // spaces, quotes, brackets, symbols: silent
      } else {
        const han = hanLengthAt(text, i, c);
        if (han > 0) {
          if (gap !== NONE) gap = addPause(gap);
          tally.han++;
          i += han;
        } else if (letterLengthAt(text, i, c) > 0) {
          if (gap !== NONE) gap = addPause(gap);
          tally.words++;
          i = endOfWord(text, i);
        } else {
          i++;
        }
      }
    }
  }
  addPause(gap); // the pause before the customer answers counts too
  // Punctuation alone ("……") is not speech: nothing is said, so no time passes.
  if (tally.han + tally.words + tally.numberUnits + tally.placeholders === 0) tally.enumerations = tally.clauses = tally.sentences = 0;
}

function matchPlaceholder(text: string, i: number): boolean {
  PLACEHOLDER_AT.lastIndex = i;
  return PLACEHOLDER_AT.test(text);
}

/** Words a placeholder stands for in English: the setting is in Han characters, about two per word. */
function placeholderWords(units: number): number {
  return units === 0 ? 0 : Math.max(1, Math.round(units / 2));
}

function perUnit(perMinute: number): number {
  return perMinute > 0 ? 60 / perMinute : 0;
}

function pauseMsOfTally(settings: SpeechSettings): number {
  const p = settings.pauseMs;
  return tally.enumerations * p.enumeration + tally.clauses * p.clause + tally.sentences * p.sentence;
}

function secondsOfTally(zh: boolean, settings: SpeechSettings): number {
  const han = perUnit(settings.hanPerMinute);
  const word = perUnit(settings.wordsPerMinute);
  const pause = pauseMsOfTally(settings) / 1000;
  if (zh) {
    return (tally.han + tally.numberUnits + tally.placeholders * settings.placeholderUnits) * han + tally.words * word + pause;
  }
  return tally.han * han + (tally.words + tally.numberUnits + tally.placeholders * placeholderWords(settings.placeholderUnits)) * word + pause;
}

/** Seconds an agent needs to say `text` aloud. Deterministic, never throws, 0 for blank text. */
export function speakingSeconds(text: string, locale: SpeechLocale, settings: SpeechSettings): number {
  if (typeof text !== "string" || text.length === 0) return 0;
  const zh = locale === "zh-CN";
  scan(text, zh);
  return secondsOfTally(zh, settings);
}

/** The counts behind speakingSeconds, for explaining an estimate to the designer. */
export function speechBreakdown(text: string, locale: SpeechLocale, settings: SpeechSettings): SpeechBreakdown {
  const zh = locale === "zh-CN";
  scan(typeof text === "string" ? text : "", zh);
  return {
    han: tally.han,
    words: tally.words,
    numberUnits: tally.numberUnits,
    placeholders: tally.placeholders,
    pauseMs: pauseMsOfTally(settings),
    seconds: secondsOfTally(zh, settings),
  };
}
