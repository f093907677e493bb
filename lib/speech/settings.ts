import { z } from "zod";

// Pause weights differ between voices and TTS engines (linters.md §3.2), so they are settings
// that a team can calibrate, never constants.
const pauseSchema = z.number().min(0).max(5000);

export const pauseMsSchema = z.strictObject({
  enumeration: pauseSchema.meta({ description: "Pause at 、 in milliseconds." }),
  clause: pauseSchema.meta({ description: "Pause at ，；：,;: in milliseconds." }),
  sentence: pauseSchema.meta({ description: "Pause at 。！？.!?, …… and — in milliseconds." }),
});

export const speechSettingsSchema = z.strictObject({
  hanPerMinute: z.number().min(60).max(600).meta({ description: "Han characters an agent says in a minute." }),
  wordsPerMinute: z.number().min(40).max(400).meta({ description: "English words an agent says in a minute." }),
  pauseMs: pauseMsSchema,
  placeholderUnits: z.number().min(0).max(50).meta({
    description:
      "Typical spoken length of a {{variable}}: Han characters in Chinese text; in English text half as many words (at least one).",
  }),
  replySeconds: z.number().min(0).max(600).meta({ description: "Time allowed for the customer's reply at a choice." }),
});

export type SpeechSettings = z.infer<typeof speechSettingsSchema>;
export type PauseMs = SpeechSettings["pauseMs"];

// 200 字/min and 150 wpm are the "normal" profiles of linters.md §3.1 (phone speech, not
// broadcast); the pauses are its §3.2 table; 3 s reply is its 2–3 s turn allowance, upper end.
// Frozen because every caller shares it; resolveSpeech hands out copies.
export const DEFAULT_SPEECH: SpeechSettings = Object.freeze({
  hanPerMinute: 200,
  wordsPerMinute: 150,
  pauseMs: Object.freeze({ enumeration: 150, clause: 250, sentence: 500 }),
  // A customer name (张先生) or a short product name is about three characters.
  placeholderUnits: 3,
  replySeconds: 3,
});

/** Overrides stored by a workspace or a script: any field, and any single pause, may be left out. */
export const speechOverridesSchema = speechSettingsSchema.extend({ pauseMs: pauseMsSchema.partial() }).partial();
export type SpeechOverrides = z.infer<typeof speechOverridesSchema>;

/** Partial overrides (workspace, then script) merged onto the defaults, later wins. */
export function resolveSpeech(...layers: (SpeechOverrides | undefined)[]): SpeechSettings {
  const out: SpeechSettings = { ...DEFAULT_SPEECH, pauseMs: { ...DEFAULT_SPEECH.pauseMs } };
  for (const layer of layers) {
    if (!layer) continue;
    // Field by field, so that an explicit `undefined` leaves the value below in place.
    if (layer.hanPerMinute !== undefined) out.hanPerMinute = layer.hanPerMinute;
    if (layer.wordsPerMinute !== undefined) out.wordsPerMinute = layer.wordsPerMinute;
    if (layer.placeholderUnits !== undefined) out.placeholderUnits = layer.placeholderUnits;
    if (layer.replySeconds !== undefined) out.replySeconds = layer.replySeconds;
    const pause = layer.pauseMs;
    if (pause) {
      if (pause.enumeration !== undefined) out.pauseMs.enumeration = pause.enumeration;
      if (pause.clause !== undefined) out.pauseMs.clause = pause.clause;
      if (pause.sentence !== undefined) out.pauseMs.sentence = pause.sentence;
    }
  }
  return out;
}
