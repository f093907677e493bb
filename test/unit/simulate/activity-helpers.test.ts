import { describe, expect, it } from "vitest";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { translator } from "@/lib/i18n/translator";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { OUTCOMES } from "@/lib/script/enums";
import type { MappingError, StuckExample } from "@/lib/simulate/activity";
import { MAX_CSV_BYTES, type CsvError, type DecodeError } from "@/lib/simulate/activity-csv";
import { describeCsvError, describeMappingError, describeStuck, megabytes, outcomeBars, roundSeconds } from "@/components/simulate/activity-messages";

const doc = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-upgrade-offer")!.document;

const CSV_ERRORS: (DecodeError | CsvError)[] = [
  { code: "tooLarge", params: { bytes: 12 * 1024 * 1024, limit: MAX_CSV_BYTES } },
  { code: "badEncoding", params: { reason: "utf16" } },
  { code: "badEncoding", params: { reason: "undecodable" } },
  { code: "badEncoding", params: { reason: "notText" } },
  { code: "empty", params: {} },
  { code: "noHeader", params: {} },
  { code: "raggedRow", params: { line: 7, row: 6, expected: 3, got: 2 } },
  { code: "unclosedQuote", params: { line: 4 } },
  { code: "badQuote", params: { line: 5 } },
];

const MAPPING_ERRORS: MappingError[] = [
  { code: "missingColumns", params: { variables: ["currentSpeed"], labels: ["x"] } },
  { code: "unknownVariable", params: { variable: "nope" } },
  { code: "unknownColumn", params: { variable: "currentSpeed", column: 9 } },
];

const STUCK: StuckExample[] = [
  { row: 0, nodeId: "greet", code: "outOfAnswers" },
  { row: 1, nodeId: "greet", code: "loop" },
  { row: 2, nodeId: "check-bandwidth", code: "noFlow", error: { code: "noFlow", params: { nodeId: "check-bandwidth", port: "true" } } },
];

const untranslated = /simulate\.|\{[a-z]+\}/;

describe.each(UI_LOCALES)("activity messages in %s", (locale) => {
  const t = translator(locale);

  it.each(CSV_ERRORS.map((e) => [`${e.code}${"reason" in e.params ? `/${e.params.reason}` : ""}`, e] as const))("CSV error %s reads as a sentence", (_name, error) => {
    const text = describeCsvError(t, error);
    expect(text.length).toBeGreaterThan(3);
    expect(text).not.toMatch(untranslated);
  });

  it("gives each CSV error its own message, with the numbers it needs", () => {
    const texts = CSV_ERRORS.map((e) => describeCsvError(t, e));
    expect(new Set(texts).size).toBe(CSV_ERRORS.length);
    expect(texts[0]).toContain("12");
    expect(texts[0]).toContain("10");
    expect(texts[6]).toContain("7");
    expect(texts[7]).toContain("4");
  });

  it.each(MAPPING_ERRORS.map((e) => [e.code, e] as const))("mapping error %s reads as a sentence", (_name, error) => {
    const text = describeMappingError(t, error, doc);
    expect(text).not.toMatch(untranslated);
  });

  it("names missing variables by their label", () => {
    const variable = doc.variables.find((v) => v.source === "customer")!;
    const text = describeMappingError(t, { code: "missingColumns", params: { variables: [variable.name], labels: [variable.label] } }, doc);
    expect(text).toContain(variable.label || variable.name);
  });

  it("words each reason a call got stuck", () => {
    const texts = STUCK.map((s) => describeStuck(t, s, doc));
    for (const text of texts) expect(text).not.toMatch(untranslated);
    expect(new Set(texts).size).toBe(STUCK.length);
  });
});

describe("outcomeBars", () => {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<(typeof OUTCOMES)[number], number>;

  it("lists the outcomes some call ended with, in order, with their share", () => {
    const bars = outcomeBars({ ended: 3, outcomes: { ...outcomes, success: 2, declined: 1 } });
    expect(bars).toEqual([
      { outcome: "success", count: 2, percent: 66.7 },
      { outcome: "declined", count: 1, percent: 33.3 },
    ]);
  });

  it("lists every outcome at 0 when no call ended", () => {
    const bars = outcomeBars({ ended: 0, outcomes });
    expect(bars.map((b) => b.outcome)).toEqual([...OUTCOMES]);
    expect(bars.every((b) => b.percent === 0)).toBe(true);
  });
});

describe("numbers", () => {
  it("shows megabytes with one decimal at most", () => {
    expect(megabytes(MAX_CSV_BYTES)).toBe("10");
    expect(megabytes(10.5 * 1024 * 1024)).toBe("10.5");
  });

  it("rounds seconds to one decimal", () => {
    expect(roundSeconds(12.345)).toBe(12.3);
    expect(roundSeconds(7)).toBe(7);
  });
});
