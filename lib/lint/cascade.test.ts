import { describe, expect, it } from "vitest";
import type { ScriptDocument } from "../script/document";
import type { Family, Locale } from "../script/enums";
import type { ScriptLintSettings } from "../script/lint-settings";
import { BUILTIN_PACKS } from "./builtin-packs";
import { compileRules } from "./compile-rules";
import { lintScript } from "./engine";
import { scriptFromSketch } from "./sketch";
import type { WorkspaceLintSettings } from "./workspace-settings";

// The cascade: built-in packs -> workspace -> the script's family -> the script itself. Later
// layers win; a severity alone keeps the options chosen below; options merge key by key.

const script = (family: Family, locale: Locale = "zh-CN", lint?: ScriptLintSettings) => ({ family, locale, lint });
const active = (workspace: WorkspaceLintSettings | undefined, doc: ReturnType<typeof script>, ruleId: string) =>
  compileRules(BUILTIN_PACKS, workspace, doc).rules.find((r) => r.rule.id === ruleId);
const optionsOf = (workspace: WorkspaceLintSettings | undefined, doc: ReturnType<typeof script>, ruleId: string) =>
  active(workspace, doc, ruleId)?.check?.options;

/** An outbound offer whose greeting says 你好 and whose pitch is three sentences. */
function offer(lint?: ScriptLintSettings, family: Family = "outbound-marketing"): ScriptDocument {
  const doc = scriptFromSketch({
    family,
    nodes: [
      { id: "greet", stage: "greeting", say: "你好，我是电信客服小王，请问您是王先生吗？", next: "pitch" },
      { id: "pitch", stage: "pitch", say: "本月老用户可以优惠提速。每月只加20元。您感兴趣吗？", next: "close" },
      { id: "close", stage: "closing", say: "好的呀，感谢您的接听，再见！", next: "done" },
      { id: "done", exit: "success" },
    ],
  });
  return lint ? { ...doc, lint } : doc;
}
const findingsOf = (doc: ScriptDocument, workspace?: WorkspaceLintSettings, ruleId?: string) =>
  lintScript(doc, { packs: BUILTIN_PACKS, workspace }).findings.filter((f) => ruleId === undefined || f.ruleId === ruleId);

describe("built-in packs alone", () => {
  it("turn a rule on at its pack's severity, not chosen by anyone", () => {
    const honorific = active(undefined, script("inbound"), "courtesy/honorific");
    expect(honorific).toMatchObject({ severity: "warning", severityChosen: false, packId: "courtesy-zh-CN" });
  });

  it("keep each phrase entry's own severity while nobody chose one", () => {
    const severities = findingsOf(offer(), undefined, "courtesy/honorific").map((f) => f.severity);
    expect(severities).toEqual(["error"]); // 你好 is an error entry of a warning rule
    expect(findingsOf(offer(), undefined, "courtesy/tone").map((f) => f.severity)).toEqual(["info"]); // 的呀
  });
});

describe("the workspace layer", () => {
  it("switches a rule off", () => {
    const workspace: WorkspaceLintSettings = { rules: { "courtesy/honorific": "off" } };
    expect(active(workspace, script("inbound"), "courtesy/honorific")).toBeUndefined();
    expect(findingsOf(offer(), workspace, "courtesy/honorific")).toEqual([]);
  });

  it("changes a rule's severity, and then the chosen severity overrides every entry's", () => {
    const workspace: WorkspaceLintSettings = { rules: { "courtesy/honorific": "info", "courtesy/tone": "error" } };
    expect(active(workspace, script("inbound"), "courtesy/honorific")).toMatchObject({ severity: "info", severityChosen: true });
    expect(findingsOf(offer(), workspace, "courtesy/honorific").map((f) => f.severity)).toEqual(["info"]);
    expect(findingsOf(offer(), workspace, "courtesy/tone").map((f) => f.severity)).toEqual(["error"]);
  });

  it("changes the severity of a check", () => {
    const workspace: WorkspaceLintSettings = { rules: { "timing/pitch-sentences": "error" } };
    expect(findingsOf(offer(), workspace, "timing/pitch-sentences").map((f) => f.severity)).toEqual(["error"]);
  });

  it("drops a whole pack", () => {
    const rules = compileRules(BUILTIN_PACKS, { disabledPacks: ["timing"] }, script("outbound-marketing")).rules;
    expect(rules.some((r) => r.packId === "timing")).toBe(false);
    expect(rules.some((r) => r.packId === "structure")).toBe(true);
  });
});

describe("the family layer", () => {
  const workspace: WorkspaceLintSettings = {
    rules: { "courtesy/honorific": "warning" },
    families: { "outbound-marketing": { rules: { "courtesy/honorific": "off" } } },
  };

  it("overrides the workspace for scripts of that family only", () => {
    expect(active(workspace, script("outbound-marketing"), "courtesy/honorific")).toBeUndefined();
    expect(active(workspace, script("inbound"), "courtesy/honorific")).toMatchObject({ severity: "warning" });
    expect(findingsOf(offer(), workspace, "courtesy/honorific")).toEqual([]);
    expect(findingsOf(offer(undefined, "outbound-maintenance"), workspace, "courtesy/honorific")).toHaveLength(1);
  });
});

describe("the script layer (doc.lint.rules)", () => {
  it("overrides the workspace and the family", () => {
    const workspace: WorkspaceLintSettings = {
      rules: { "courtesy/honorific": "off" },
      families: { "outbound-marketing": { rules: { "courtesy/honorific": "off" } } },
    };
    const doc = script("outbound-marketing", "zh-CN", { rules: { "courtesy/honorific": "error" } });
    expect(active(workspace, doc, "courtesy/honorific")).toMatchObject({ severity: "error", severityChosen: true });
    expect(findingsOf(offer({ rules: { "courtesy/honorific": "error" } }), workspace, "courtesy/honorific").map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("switches off a rule the workspace made an error", () => {
    const workspace: WorkspaceLintSettings = { rules: { "courtesy/tone": "error" } };
    expect(findingsOf(offer({ rules: { "courtesy/tone": "off" } }), workspace, "courtesy/tone")).toEqual([]);
  });
});

describe("options", () => {
  it("start from the pack's", () => {
    expect(optionsOf(undefined, script("outbound-marketing"), "timing/pitch-sentences")).toEqual({ min: 5, max: 8 });
  });

  it("merge key by key across the layers", () => {
    const workspace: WorkspaceLintSettings = {
      rules: { "timing/pitch-sentences": { options: { min: 2 } } },
      families: { "outbound-marketing": { rules: { "timing/pitch-sentences": { options: { max: 3 } } } } },
    };
    expect(optionsOf(workspace, script("outbound-marketing"), "timing/pitch-sentences")).toEqual({ min: 2, max: 3 });
    const doc = script("outbound-marketing", "zh-CN", { rules: { "timing/pitch-sentences": { options: { max: 12 } } } });
    expect(optionsOf(workspace, doc, "timing/pitch-sentences")).toEqual({ min: 2, max: 12 });
  });

  it("survive a later layer that sets the severity alone", () => {
    const workspace: WorkspaceLintSettings = { rules: { "timing/pitch-sentences": { severity: "warning", options: { min: 2, max: 3 } } } };
    const doc = script("outbound-marketing", "zh-CN", { rules: { "timing/pitch-sentences": "info" } });
    expect(active(workspace, doc, "timing/pitch-sentences")).toMatchObject({ severity: "info", check: { options: { min: 2, max: 3 } } });
    const objectForm = script("outbound-marketing", "zh-CN", { rules: { "timing/pitch-sentences": { severity: "error" } } });
    expect(optionsOf(workspace, objectForm, "timing/pitch-sentences")).toEqual({ min: 2, max: 3 });
  });

  it("change what the check reports", () => {
    // The sketch's pitch says three sentences: too few for the default 5–8, fine for 2–3.
    expect(findingsOf(offer(), undefined, "timing/pitch-sentences").map((f) => f.params.count)).toEqual([3]);
    const relaxed = offer({ rules: { "timing/pitch-sentences": { options: { min: 2, max: 3 } } } });
    expect(findingsOf(relaxed, undefined, "timing/pitch-sentences")).toEqual([]);
  });

  it("that do not fit the check fall back to its defaults instead of breaking the lint", () => {
    const doc = script("outbound-marketing", "zh-CN", { rules: { "timing/pitch-sentences": { options: { min: "many" } } } });
    expect(optionsOf(undefined, doc, "timing/pitch-sentences")).toEqual({ min: 5, max: 8 });
  });
});

describe("which rules apply to a script at all", () => {
  it("a pack in English does not apply to a Chinese script, nor the Chinese pack to an English one", () => {
    const zh = compileRules(BUILTIN_PACKS, undefined, script("inbound", "zh-CN")).rules.map((r) => r.packId);
    const en = compileRules(BUILTIN_PACKS, undefined, script("inbound", "en")).rules.map((r) => r.packId);
    expect(new Set(zh)).toEqual(new Set(["structure", "timing", "courtesy-zh-CN"]));
    expect(new Set(en)).toEqual(new Set(["structure", "timing", "courtesy-en"]));
  });

  it("an English pack's rule never reports on Chinese words", () => {
    const doc: ScriptDocument = {
      ...offer(),
      nodes: offer().nodes.map((n) => (n.id === "pitch" ? { ...n, text: "No problem, calm down. I don't know." } : n)),
    };
    expect(findingsOf(doc, undefined, "courtesy/banned-phrase")).toEqual([]);
  });

  it("a rule limited to some families applies to those only", () => {
    const ids = (family: Family) => compileRules(BUILTIN_PACKS, undefined, script(family)).rules.map((r) => r.rule.id);
    expect(ids("outbound-marketing")).toContain("courtesy/outbound-opening");
    expect(ids("outbound-maintenance")).toContain("courtesy/outbound-opening");
    expect(ids("inbound")).not.toContain("courtesy/outbound-opening");
    expect(ids("outbound-marketing")).toContain("timing/pitch-sentences");
    expect(ids("outbound-maintenance")).not.toContain("timing/pitch-sentences");
    expect(ids("inbound")).toContain("courtesy/closing-offer");
    expect(ids("complaint")).toContain("courtesy/closing-offer");
    expect(ids("custom")).not.toContain("courtesy/closing-offer");
  });

  it("a family-limited rule cannot be switched on for another family by settings", () => {
    const workspace: WorkspaceLintSettings = { rules: { "timing/pitch-sentences": "error" } };
    expect(active(workspace, script("inbound"), "timing/pitch-sentences")).toBeUndefined();
  });
});

describe("speaking rates", () => {
  it("cascade like rules: workspace, family, script", () => {
    const workspace: WorkspaceLintSettings = {
      speech: { hanPerMinute: 100, replySeconds: 5 },
      families: { inbound: { speech: { hanPerMinute: 150 } } },
    };
    const speech = compileRules(BUILTIN_PACKS, workspace, script("inbound", "zh-CN", { speech: { hanPerMinute: 300 } })).speech;
    expect(speech).toMatchObject({ hanPerMinute: 300, replySeconds: 5 });
    expect(compileRules(BUILTIN_PACKS, workspace, script("complaint")).speech.hanPerMinute).toBe(100);
  });

  it("ignore a script's rates that are out of range rather than failing", () => {
    const workspace: WorkspaceLintSettings = { speech: { hanPerMinute: 180 } };
    const speech = compileRules(BUILTIN_PACKS, workspace, script("inbound", "zh-CN", { speech: { hanPerMinute: 5 } })).speech;
    expect(speech.hanPerMinute).toBe(180);
  });

  it("change the estimated time of a stage", () => {
    const slow = lintScript(offer({ speech: { hanPerMinute: 100 } }), { packs: BUILTIN_PACKS });
    const fast = lintScript(offer({ speech: { hanPerMinute: 400 } }), { packs: BUILTIN_PACKS });
    const pitch = (r: typeof slow) => r.stages.find((s) => s.stageId === "pitch")!.seconds;
    expect(pitch(slow)).toBeGreaterThan(pitch(fast));
  });
});
