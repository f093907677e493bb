import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, repoFile, runCli, tempFolder } from "./testing";

type Step = { nodeId: string; label: string | null; kind: string; stageId: string | null; text: string; seconds: number; labels?: string[]; value?: unknown };
type Walk = {
  outcome: string | null;
  exitId: string | null;
  steps: Step[];
  stageSeconds: Record<string, number>;
  stages: { id: string; name: string; seconds: number; budgetSeconds: number | null; overBy: number }[];
  seconds: number;
  unusedAnswers: number;
  error?: { code: string; params: Record<string, unknown>; message: string; step: number; nodeId: string; answer?: number };
};

const HAPPY = [
  { type: "answer", answer: "是本人" },
  { type: "answer", answer: "方便" },
  { type: "answer", answer: "a-interested" },
  { type: "input", value: "13800138000" },
  { type: "input", value: "2030-01-15" },
  { type: "result", result: "ok", outputs: { orderId: "DD20300115001" } },
];
const PATH = ["greet", "check-time", "check-bandwidth", "pitch-500", "ask-interest", "ask-phone", "ask-install-date", "submit-order", "closing-success", "end-success"];
const CUSTOMER = { customerName: "张先生", currentBandwidth: 100, tenureMonths: 36, mobile: "13800138000" };
const SYSTEM = { agentName: "李娜", companyName: "中国电信", hotline: "10000" };

describe("huaben simulate", () => {
  const folder = tempFolder();

  beforeAll(() => {
    // The seeded script with a sample customer of its own (the default customer) and no saved scenarios.
    const script = JSON.parse(repoFile("lib/examples/outbound-broadband-upgrade.zh-CN.json"));
    delete script.scenarios;
    script.targetGroup.sample = [{ customerName: "张伟", currentBandwidth: 100, tenureMonths: 36, mobile: "13812345678" }];
    folder.write("upgrade.json", script);
    folder.write("answers.json", HAPPY);
    folder.write("scenario.json", { customer: CUSTOMER, system: SYSTEM, steps: HAPPY });
    folder.write("customer.json", { ...CUSTOMER, currentBandwidth: "300" });
    folder.write("bad-phone.json", { customer: CUSTOMER, system: SYSTEM, steps: [...HAPPY.slice(0, 3), { type: "input", value: "12345" }, ...HAPPY.slice(4)] });
    folder.write("short.json", HAPPY.slice(0, 4));
    folder.write("extra.json", [...HAPPY, { type: "answer", answer: "是本人" }]);
    folder.write("not-steps.json", [{ type: "answer" }]);
    folder.write("broken.json", "[{");
    folder.write("invalid-script.json", { schemaVersion: 1, title: "x" });
  });
  afterAll(folder.cleanup);

  it("prints the walk as JSON: the words said, what was given, times per stage and the exit", async () => {
    const result = await runCli(["simulate", "upgrade.json", "--answers", "scenario.json", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const walk = result.json() as Walk;
    expect(walk).toMatchObject({ outcome: "success", exitId: "end-success", unusedAnswers: 0 });
    expect(walk).not.toHaveProperty("error");
    expect(walk.steps.map((s) => s.nodeId)).toEqual(PATH);
    expect(walk.steps[0]).toMatchObject({ kind: "choice", stageId: "greeting", label: "问候并核实身份", labels: ["是本人"], text: "您好，我是中国电信的客户经理李娜，请问您是张先生吗？" });
    expect(walk.steps[3]!.text).toContain("您家现在是100M宽带");
    expect(walk.steps[5]).toMatchObject({ nodeId: "ask-phone", value: "13800138000" });
    expect(walk.steps[8]!.text).toContain("订单号是DD20300115001");
    const stages = Object.values(walk.stageSeconds);
    expect(stages.reduce((a, b) => a + b, 0)).toBeCloseTo(walk.seconds, 9);
    expect(walk.stages.find((s) => s.id === "pitch")).toMatchObject({ name: "主题介绍", budgetSeconds: 40, overBy: 0 });
  });

  it("prints the walk for people, in the language asked for", async () => {
    const result = await runCli(["simulate", "upgrade.json", "--answers", "scenario.json", "--locale", "en"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out.split("\n")[0]).toBe("upgrade.json  宽带提速优惠外呼营销");
    expect(out).toContain("Customer  customerName=张先生, currentBandwidth=100, tenureMonths=36, mobile=13800138000\n");
    expect(out).toMatch(/^ {3}1 {2}热情问候 {2}greet “问候并核实身份” · choice · \d+\.\d s$/m);
    expect(out).toContain("        says    您好，我是中国电信的客户经理李娜，请问您是张先生吗？\n        answer  是本人\n");
    expect(out).toMatch(/^ {3}3 {2}主题介绍 {2}check-bandwidth “当前速率≤100M” · condition → true · 0\.0 s$/m);
    expect(out).toContain("        input   13800138000\n");
    expect(out).toContain("        result  ok  outputs: orderId=DD20300115001\n");
    expect(out).toMatch(/^ {2}主题介绍 +\d+\.\d s {2}of 40\.0 s$/m);
    expect(out).toMatch(/^ {2}Total +\d+\.\d s$/m);
    expect(out).toMatch(/✔ Reached the exit end-success “办理成功”: Success\.\n$/);
    expect(out).not.toContain("\u001b[");
  });

  it("gets stuck on an invalid phone: exit 1, where and why, the engine's code translated", async () => {
    const json = await runCli(["simulate", "upgrade.json", "--answers", "bad-phone.json", "--format", "json", "--locale", "en"], { cwd: folder.dir });
    expect(json.code).toBe(1);
    const walk = json.json() as Walk;
    expect(walk).toMatchObject({ outcome: null, exitId: null });
    expect(walk.steps.map((s) => s.nodeId)).toEqual(PATH.slice(0, 5));
    expect(walk.error).toEqual({
      code: "invalidValue",
      params: { nodeId: "ask-phone", variable: "contactPhone", reason: "notPhone", value: "12345" },
      message: "“12345” is not a phone number.",
      step: 5,
      nodeId: "ask-phone",
      answer: 3,
    });
    const pretty = await runCli(["simulate", "upgrade.json", "--answers", "bad-phone.json", "--locale", "zh-CN"], { cwd: folder.dir });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain("        填写    12345  ✖\n");
    expect(pretty.stdout).toMatch(/✖ 卡在第 6 步 ask-phone “联系电话”（第 4 个答案）：“12345”不是有效的电话号码。 \[invalidValue\/notPhone\]\n$/);
  });

  it("gets stuck when the answers run out, and warns about answers left over at the exit", async () => {
    const short = await runCli(["simulate", "upgrade.json", "--answers", "short.json", "--locale", "en"], { cwd: folder.dir });
    expect(short.code).toBe(1);
    expect(short.stdout).toMatch(/✖ Stuck at step 7, ask-install-date “上门日期”: the answers ran out; it needs a value\. \[outOfAnswers\]\n$/);
    const extra = await runCli(["simulate", "upgrade.json", "--answers", "extra.json", "--format", "json"], { cwd: folder.dir });
    expect(extra.code).toBe(0);
    expect(extra.json()).toMatchObject({ exitId: "end-success", unusedAnswers: 1 });
  });

  it("takes the customer from --customer, else the answers file, else the target group's first sample", async () => {
    const given = (await runCli(["simulate", "upgrade.json", "--answers", "scenario.json", "--customer", "customer.json", "--format", "json"], { cwd: folder.dir })).json() as Walk;
    expect(given.steps.map((s) => s.nodeId)).toContain("pitch-1000");
    const sample = (await runCli(["simulate", "upgrade.json", "--answers", "answers.json", "--format", "json"], { cwd: folder.dir })).json() as Walk & { customer: object };
    expect(sample.customer).toMatchObject({ customerName: "张伟" });
    // No system values given: the placeholders stay, so the gap shows.
    expect(sample.steps[0]!.text).toBe("您好，我是{{companyName}}的客户经理{{agentName}}，请问您是张伟吗？");
  });

  it("walks a scenario the script has saved", async () => {
    const script = JSON.parse(repoFile("lib/examples/outbound-broadband-upgrade.zh-CN.json"));
    delete script.targetGroup.sample;
    folder.write("with-scenarios.json", { ...script, scenarios: [{ id: "happy", name: "办理成功", customer: CUSTOMER, system: SYSTEM, steps: HAPPY, expect: {} }] });
    const result = await runCli(["simulate", "with-scenarios.json", "--scenario", "happy", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ exitId: "end-success" });
    const missing = await runCli(["simulate", "with-scenarios.json", "--scenario", "nope"], { cwd: folder.dir });
    expect(missing).toMatchObject({ code: 2, stdout: "", stderr: "huaben: with-scenarios.json has no saved scenario “nope” (it has: happy).\n" });
  });

  it("exits 2 for usage mistakes and files it cannot use", async () => {
    const cases: [string[], RegExp][] = [
      [["simulate", "upgrade.json"], /Give the answers/],
      [["simulate", "--answers", "answers.json"], /Name the script to simulate\./],
      [["simulate", "upgrade.json", "upgrade.json", "--answers", "answers.json"], /one script at a time/],
      [["simulate", "upgrade.json", "--answers", "missing.json"], /missing\.json: Cannot read the file: ENOENT/],
      [["simulate", "upgrade.json", "--answers", "broken.json"], /broken\.json: Not valid JSON/],
      [["simulate", "upgrade.json", "--answers", "not-steps.json"], /not-steps\.json: .*\n {2}→ at \[0\]\.answer/],
      [["simulate", "upgrade.json", "--answers", "answers.json", "--customer", "answers.json"], /answers\.json: .*expected record/],
      [["simulate", "invalid-script.json", "--answers", "answers.json"], /invalid-script\.json cannot be simulated:\n {2}id {2}/],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(argv, { cwd: folder.dir });
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stdout, argv.join(" ")).toBe("");
      expect(result.stderr, argv.join(" ")).toMatch(message);
    }
  });

  it("runs as an executable", async () => {
    const run = promisify(execFile);
    const bin = join(REPO, "bin/huaben.mjs");
    const script = join(REPO, "lib/examples/outbound-broadband-upgrade.zh-CN.json");
    const { stdout } = await run(process.execPath, [bin, "simulate", script, "--answers", join(folder.dir, "scenario.json"), "--format", "json"], { cwd: tmpdir() });
    expect(JSON.parse(stdout)).toMatchObject({ outcome: "success", exitId: "end-success" });
    const stuck = await run(process.execPath, [bin, "simulate", script, "--answers", join(folder.dir, "bad-phone.json"), "--locale", "en"], { cwd: tmpdir() }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(stuck).toMatchObject({ code: 1, stdout: expect.stringContaining("[invalidValue/notPhone]") });
  }, 30_000);
});
