import { describe, expect, it } from "vitest";
import { levelOf, withRuleLevel, withSpeechRate } from "@/components/lint-rules/settings-update";

describe("a rule's workspace level", () => {
  it("reads a bare level, a level with options, and no setting", () => {
    const settings = { rules: { "courtesy/tone": "off" as const, "timing/call-length": { severity: "error" as const, options: { max: 90 } }, "a/b": { options: {} } } };
    expect(levelOf(settings, "courtesy/tone")).toBe("off");
    expect(levelOf(settings, "timing/call-length")).toBe("error");
    expect(levelOf(settings, "a/b")).toBe("default");
    expect(levelOf({}, "courtesy/tone")).toBe("default");
  });

  it("sets a level and leaves the other rules and layers alone", () => {
    const settings = { rules: { "courtesy/tone": "info" as const }, disabledPacks: ["timing"] };
    expect(withRuleLevel(settings, "structure/unreachable", "off")).toEqual({
      rules: { "courtesy/tone": "info", "structure/unreachable": "off" },
      disabledPacks: ["timing"],
    });
    expect(settings.rules).toEqual({ "courtesy/tone": "info" });
  });

  it("removes the key for default, and the rules object once it is empty", () => {
    expect(withRuleLevel({ rules: { "courtesy/tone": "info" }, speech: { hanPerMinute: 220 } }, "courtesy/tone", "default")).toEqual({
      speech: { hanPerMinute: 220 },
    });
  });

  it("keeps the options a rule has when its level changes", () => {
    const settings = { rules: { "timing/call-length": { severity: "error" as const, options: { max: 90 } } } };
    expect(withRuleLevel(settings, "timing/call-length", "warning").rules).toEqual({ "timing/call-length": { severity: "warning", options: { max: 90 } } });
    expect(withRuleLevel(settings, "timing/call-length", "default").rules).toEqual({ "timing/call-length": { options: { max: 90 } } });
  });
});

describe("speaking rates", () => {
  it("sets and clears one rate, keeping the other overrides", () => {
    const set = withSpeechRate({ speech: { replySeconds: 2 } }, "hanPerMinute", 240);
    expect(set).toEqual({ speech: { replySeconds: 2, hanPerMinute: 240 } });
    expect(withSpeechRate(set, "hanPerMinute", null)).toEqual({ speech: { replySeconds: 2 } });
    expect(withSpeechRate({ speech: { wordsPerMinute: 160 } }, "wordsPerMinute", null)).toEqual({});
  });
});
