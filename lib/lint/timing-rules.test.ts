import { describe, expect, it } from "vitest";
import type { ScriptDocument } from "../script/document";
import { speakingSeconds } from "../speech/estimate";
import { DEFAULT_SPEECH } from "../speech/settings";
import { BUILTIN_PACKS } from "./builtin-packs";
import { lintScript } from "./engine";
import { scriptFromSketch, type Sketch } from "./sketch";

// Timing rules read the script as walks: the slowest walk through a stage against its budget,
// the moment a stage ends against a complaint deadline, the whole call against its family's norm,
// the pitch's sentence count. Loops are walked once.

const lint = (doc: ScriptDocument) => lintScript(doc, { packs: BUILTIN_PACKS, messageLocale: "en" });
const findings = (doc: ScriptDocument, ruleId: string) => lint(doc).findings.filter((f) => f.ruleId === ruleId);
const seconds = (text: string) => speakingSeconds(text, "zh-CN", DEFAULT_SPEECH);
const tenths = (value: number) => Math.round(value * 10) / 10;

const GREET = "您好，请问有什么可以帮到您？";
const ASK = "请问您要办理哪项业务？";
const SHORT = "好的。";
const LONG_1 = "好的，我先为您介绍一下本月的宽带提速优惠：老用户每月只加二十元，就能升级到五百兆。";
const LONG_2 = "升级不用换线路，师傅上门调测全程免费，看高清视频、孩子上网课都会更流畅。";
const BYE = "感谢您的来电，再见！";

/** A short branch and a long branch through the body stage, which has a 10 s budget. */
function twoBranches(extra: Partial<Sketch> = {}): ScriptDocument {
  return scriptFromSketch({
    family: "custom",
    budgets: { body: 10 },
    nodes: [
      { id: "greet", stage: "greeting", say: GREET, next: "ask" },
      { id: "ask", stage: "body", say: ASK, seconds: 0, answers: { 查询: "short", 办理: "long-1" } },
      { id: "short", stage: "body", say: SHORT, next: "bye" },
      { id: "long-1", stage: "body", say: LONG_1, next: "long-2" },
      { id: "long-2", stage: "body", say: LONG_2, next: "bye" },
      { id: "bye", stage: "closing", say: BYE, next: "done" },
      { id: "done", exit: "success" },
    ],
    ...extra,
  });
}

describe("timing/stage-budget", () => {
  const slowest = seconds(ASK) + seconds(LONG_1) + seconds(LONG_2);

  it("names the slowest walk through the stage, with its seconds", () => {
    expect(slowest).toBeGreaterThan(10);
    const [finding, ...more] = findings(twoBranches(), "timing/stage-budget");
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      nodeId: "ask",
      stageId: "body",
      path: ["ask", "long-1", "long-2"],
      params: { seconds: tenths(slowest), budget: 10 },
    });
    expect(finding!.message).toContain(`${ASK} → `); // the walk, named by what its elements say
  });

  it("gives the stage legend the same walk and time", () => {
    const body = lint(twoBranches()).stages.find((s) => s.stageId === "body");
    expect(body).toMatchObject({ budgetSeconds: 10, path: ["ask", "long-1", "long-2"] });
    expect(body!.seconds).toBeCloseTo(slowest, 9);
  });

  it("counts the customer's reply at a choice and the system's time at a function key", () => {
    const doc = scriptFromSketch({
      family: "custom",
      budgets: { body: 100 },
      nodes: [
        { id: "ask", stage: "body", say: ASK, seconds: 7, answers: { 好: "query" } },
        { id: "query", stage: "body", key: "query-bill", say: "请您稍等20秒。", seconds: 20, ok: "done", error: "done" },
        { id: "done", exit: "success" },
      ],
    });
    const body = lint(doc).stages.find((s) => s.stageId === "body")!;
    expect(body.seconds).toBeCloseTo(seconds(ASK) + 7 + seconds("请您稍等20秒。") + 20, 9);
  });

  it("is quiet within budget and for stages without one", () => {
    expect(findings(twoBranches({ budgets: { body: 60 } }), "timing/stage-budget")).toEqual([]);
    expect(findings(twoBranches({ budgets: {} }), "timing/stage-budget")).toEqual([]);
  });
});

describe("timing/milestone (complaints: calm by 15 s, locate by 30 s, a first solution by 2 min)", () => {
  const CALM = "非常抱歉给您带来了不便，您先别着急，我非常理解您现在的心情，我一定尽全力帮您把这个问题处理好。"; // about 14 s
  const SORRY = "非常抱歉给您带来了不便，您先别着急。"; // about 6 s
  function complaint(calmWords: string[], locate: string): ScriptDocument {
    const calm = calmWords.map((say, i) => ({ id: `calm-${i}`, stage: "calm" as const, say, next: i + 1 < calmWords.length ? `calm-${i + 1}` : "locate" }));
    return scriptFromSketch({
      family: "complaint",
      nodes: [
        ...calm,
        { id: "locate", stage: "locate", say: locate, next: "solve" },
        { id: "solve", stage: "solve", say: "我马上为您登记报修，维修人员会在24小时内联系您。", next: "bye" },
        { id: "bye", stage: "closing", say: "请问还有什么可以帮您吗？感谢您的来电，再见！", next: "done" },
        { id: "done", exit: "success" },
      ],
    });
  }

  it("reports a calming stage that is still going at 15 s, on its last element, with the walk", () => {
    const doc = complaint([CALM, SORRY], "请问您的宽带账号是多少？");
    const late = findings(doc, "timing/milestone");
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ nodeId: "calm-1", stageId: "calm", path: ["calm-0", "calm-1"], params: { limit: 15 } });
    expect(late[0]!.params.seconds).toBe(tenths(seconds(CALM) + seconds(SORRY)));
  });

  it("counts from the start of the call, not from the start of the stage", () => {
    // The locating words are short, but they end after 30 s because the calming took long.
    const doc = complaint([CALM, CALM, CALM], "请问您的宽带账号是多少？");
    const stages = findings(doc, "timing/milestone").map((f) => f.stageId);
    expect(stages).toEqual(["calm", "locate"]);
  });

  it("is quiet when every stage ends in time", () => {
    expect(findings(complaint(["您好，非常抱歉给您带来不便。"], "请问您的宽带账号是多少？"), "timing/milestone")).toEqual([]);
  });

  it("only applies to families with deadlines", () => {
    const inbound = { ...complaint([CALM, CALM, CALM], "请问您的宽带账号是多少？"), family: "inbound" as const };
    expect(findings(inbound, "timing/milestone")).toEqual([]);
  });
});

describe("timing/call-length", () => {
  it("reports the longest call over the norm, with the walk to its exit", () => {
    const doc = { ...twoBranches(), lint: { rules: { "timing/call-length": { options: { maxSeconds: 15, minSeconds: null } } } } };
    const report = lint(doc);
    const [long, ...more] = report.findings.filter((f) => f.ruleId === "timing/call-length");
    expect(more).toEqual([]);
    expect(long).toMatchObject({ severity: "warning", path: ["greet", "ask", "long-1", "long-2", "bye", "done"], params: { limit: 15 } });
    expect(long!.params.seconds).toBe(tenths(report.call.longestSeconds!));
    expect(long!.message).toMatch(/^The longest call takes/);
  });

  it("reports the shortest successful call under the norm, as information", () => {
    const doc = { ...twoBranches(), lint: { rules: { "timing/call-length": { options: { minSeconds: 60, maxSeconds: null } } } } };
    const report = lint(doc);
    const [short, ...more] = report.findings.filter((f) => f.ruleId === "timing/call-length");
    expect(more).toEqual([]);
    expect(short).toMatchObject({ severity: "info", path: ["greet", "ask", "short", "bye", "done"], params: { limit: 60 } });
    expect(short!.params.seconds).toBe(tenths(report.call.shortestSuccessSeconds!));
    expect(short!.message).toMatch(/^The shortest successful call takes only/);
  });

  it("uses the family's norm by default: outbound offers take 2 to 3 minutes", () => {
    const offer = { ...twoBranches(), family: "outbound-marketing" as const };
    expect(findings(offer, "timing/call-length").map((f) => f.params.limit)).toEqual([120]);
    expect(findings(twoBranches(), "timing/call-length")).toEqual([]); // custom scripts have no norm
  });
});

describe("timing/pitch-sentences (an outbound pitch says 5 to 8 sentences)", () => {
  const pitch = (...branches: string[][]) =>
    scriptFromSketch({
      family: "outbound-marketing",
      nodes: [
        { id: "greet", stage: "greeting", say: "您好，我是电信客服小王，请问您是王先生吗？", answers: Object.fromEntries(branches.map((_, b) => [`答${b}`, `p${b}-0`])) },
        ...branches.flatMap((lines, b) => lines.map((say, i) => ({ id: `p${b}-${i}`, stage: "pitch" as const, say, next: i + 1 < lines.length ? `p${b}-${i + 1}` : "done" }))),
        { id: "done", exit: "success", say: "感谢您的接听，再见！" },
      ],
    });
  const sentences = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}点。`).join("");

  it("reports a walk with too many sentences", () => {
    const [many] = findings(pitch([sentences(4), sentences(5)]), "timing/pitch-sentences");
    expect(many).toMatchObject({ stageId: "pitch", path: ["p0-0", "p0-1"], params: { count: 9, limit: 8 } });
    expect(many!.message).toContain("9 sentences");
  });

  it("reports the walk with the fewest sentences when it has too few", () => {
    const found = findings(pitch([sentences(6)], [sentences(2)]), "timing/pitch-sentences");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: ["p1-0"], params: { count: 2, limit: 5 } });
  });

  it("is quiet for a pitch of 5 to 8 sentences on every walk", () => {
    expect(findings(pitch([sentences(5)], [sentences(3), sentences(5)]), "timing/pitch-sentences")).toEqual([]);
  });
});

describe("loops", () => {
  /** “Sorry, could you repeat that?” goes back to the question: a loop in the body stage. */
  const repeat = scriptFromSketch({
    family: "custom",
    budgets: { body: 1 },
    nodes: [
      { id: "greet", stage: "greeting", say: GREET, next: "ask" },
      { id: "ask", stage: "body", say: ASK, seconds: 0, answers: { 没听清: "again", 查询: "bye" } },
      { id: "again", stage: "body", say: "对不起，我再说一遍。", next: "ask" },
      { id: "bye", stage: "closing", say: BYE, next: "done" },
      { id: "done", exit: "success" },
    ],
  });

  it("are walked once: a loop adds its words one time, and the lint ends", () => {
    const report = lint(repeat);
    const body = report.stages.find((s) => s.stageId === "body")!;
    expect(body.path).toEqual(["ask", "again"]);
    expect(body.seconds).toBeCloseTo(seconds(ASK) + seconds("对不起，我再说一遍。"), 9);
    expect(Number.isFinite(report.call.longestSeconds)).toBe(true);
    expect(findings(repeat, "timing/stage-budget")[0]).toMatchObject({ path: ["ask", "again"] });
  });

  it("do not hang the timing rules when the loop never ends", () => {
    const trapped = scriptFromSketch({
      family: "complaint",
      nodes: [
        { id: "calm", stage: "calm", say: "您先别着急。", next: "again" },
        { id: "again", stage: "calm", say: "我非常理解您的心情。", next: "calm" },
        { id: "done", exit: "success" },
      ],
    });
    const report = lint(trapped);
    expect(report.stages.find((s) => s.stageId === "calm")!.path).toEqual(["calm", "again"]);
    expect(report.call.longestSeconds).toBeNull();
    expect(report.call.shortestSuccessSeconds).toBeNull();
  });
});
