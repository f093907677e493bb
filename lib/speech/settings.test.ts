import { describe, expect, it } from "vitest";
import { DEFAULT_SPEECH, resolveSpeech, speechOverridesSchema, speechSettingsSchema } from "./settings";

describe("speech settings", () => {
  it("ships defaults that satisfy the schema", () => {
    expect(speechSettingsSchema.parse(DEFAULT_SPEECH)).toEqual({
      hanPerMinute: 200,
      wordsPerMinute: 150,
      pauseMs: { enumeration: 150, clause: 250, sentence: 500 },
      placeholderUnits: 3,
      replySeconds: 3,
    });
  });

  it("rejects rates outside the plausible range and unknown fields", () => {
    expect(speechSettingsSchema.safeParse({ ...DEFAULT_SPEECH, hanPerMinute: 1000 }).success).toBe(false);
    expect(speechSettingsSchema.safeParse({ ...DEFAULT_SPEECH, wordsPerMinute: 10 }).success).toBe(false);
    expect(speechSettingsSchema.safeParse({ ...DEFAULT_SPEECH, pauseMs: { ...DEFAULT_SPEECH.pauseMs, clause: -1 } }).success).toBe(false);
    expect(speechSettingsSchema.safeParse({ ...DEFAULT_SPEECH, speed: 1 }).success).toBe(false);
  });

  it("accepts partial overrides, pauses included, but still checks them", () => {
    expect(speechOverridesSchema.parse({})).toEqual({});
    expect(speechOverridesSchema.parse({ pauseMs: { sentence: 800 } })).toEqual({ pauseMs: { sentence: 800 } });
    expect(speechOverridesSchema.safeParse({ hanPerMinute: 20 }).success).toBe(false);
    expect(speechOverridesSchema.safeParse({ pauseMs: { comma: 1 } }).success).toBe(false);
  });
});

describe("resolveSpeech", () => {
  it("is the defaults without layers, as a copy the caller may change", () => {
    const settings = resolveSpeech();
    expect(settings).toEqual(DEFAULT_SPEECH);
    settings.pauseMs.sentence = 1;
    expect(DEFAULT_SPEECH.pauseMs.sentence).toBe(500);
    expect(Object.isFrozen(DEFAULT_SPEECH.pauseMs)).toBe(true);
  });

  it("merges workspace then script, the later layer winning field by field", () => {
    const workspace = { hanPerMinute: 180, pauseMs: { clause: 300, sentence: 600 } };
    const script = { hanPerMinute: 240, pauseMs: { sentence: 700 } };
    expect(resolveSpeech(workspace, undefined, script)).toEqual({
      ...DEFAULT_SPEECH,
      hanPerMinute: 240,
      pauseMs: { enumeration: 150, clause: 300, sentence: 700 },
    });
  });

  it("lets an explicit undefined leave the value below in place", () => {
    expect(resolveSpeech({ replySeconds: 5 }, { replySeconds: undefined }).replySeconds).toBe(5);
  });
});
