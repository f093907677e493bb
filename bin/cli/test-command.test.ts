import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFile, runCli, tempFolder } from "./testing";

type Failure = { kind: string; at: { step: number; nodeId: string }; scenarioStep?: number; expected?: unknown; actual?: unknown; error?: { code: string }; code: string; message: string };
type Entry = {
  file: string;
  valid: boolean;
  title?: string;
  scenarios: { id: string; name: string; passed: boolean; nodeId: string; ended: boolean; outcome: string | null; seconds: number; failures: Failure[] }[];
  passed: number;
  failed: number;
  coverage: { nodes: { walked: number; total: number; ratio: number; missed: string[] }; edges: { walked: number; total: number; ratio: number; missed: string[] } } | null;
  generate?: { scenarios: number; skipped: number; paths: number; truncated: boolean; cap: number };
  errors?: { path: string | null; code: string; message: string }[];
};

const CUSTOMER = { customerName: "张先生", currentBandwidth: 100, mobile: "13800138000" };
const HAPPY = [
  { type: "answer", answer: "是本人" },
  { type: "answer", answer: "方便" },
  { type: "answer", answer: "感兴趣，愿意办理" },
  { type: "input", value: "13800138000" },
  { type: "input", value: "2030-01-15" },
  { type: "result", result: "ok", outputs: { orderId: "DD1" } },
];
const PATH_500 = ["greet", "check-time", "check-bandwidth", "pitch-500", "ask-interest", "ask-phone", "ask-install-date", "submit-order", "closing-success", "end-success"];

const PASSING = [
  { id: "success-500", name: "100M 用户办理成功", customer: CUSTOMER, steps: HAPPY, expect: { exitId: "end-success", outcome: "success", path: PATH_500, maxSeconds: 300 } },
  { id: "declined", name: "明确拒绝", customer: CUSTOMER, steps: [...HAPPY.slice(0, 2), { type: "answer", answer: "a-refuse" }], expect: { exitId: "end-declined", outcome: "declined" } },
];
const FAILING = [
  // A 300M customer hears the 1000M offer: the walk leaves the expected path at its fourth element.
  { id: "fast-1000", name: "300M 用户", customer: { ...CUSTOMER, currentBandwidth: 300 }, steps: HAPPY, expect: { path: PATH_500, outcome: "success", maxSeconds: 60 } },
  { id: "bad-phone", name: "手机号填错", customer: CUSTOMER, steps: [...HAPPY.slice(0, 3), { type: "input", value: "12345" }, ...HAPPY.slice(4)], expect: { exitId: "end-success" } },
  { id: "wrong-exit", name: "订单失败", customer: CUSTOMER, steps: [...HAPPY.slice(0, 5), { type: "result", result: "error" }], expect: { exitId: "end-success", outcome: "success" } },
];

describe("huaben test", () => {
  const folder = tempFolder();
  const script = JSON.parse(repoFile("lib/examples/outbound-broadband-upgrade.zh-CN.json"));
  delete script.scenarios;

  beforeAll(() => {
    folder.write("passing.json", { ...script, scenarios: PASSING });
    folder.write("failing.json", { ...script, scenarios: [...PASSING, ...FAILING] });
    folder.write("none.json", script);
    folder.write("invalid.json", { ...script, scenarios: [{ id: "x", name: "x", customer: {}, steps: [{ type: "jump" }], expect: {} }] });
  });
  afterAll(folder.cleanup);

  it("passes when every saved scenario passes, with the coverage they reach", async () => {
    const result = await runCli(["test", "passing.json", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    const [entry] = result.json() as Entry[];
    expect(entry).toMatchObject({ file: "passing.json", valid: true, title: "宽带提速优惠外呼营销", passed: 2, failed: 0 });
    expect(entry!.scenarios.map((s) => [s.id, s.passed, s.nodeId, s.outcome])).toEqual([
      ["success-500", true, "end-success", "success"],
      ["declined", true, "end-declined", "declined"],
    ]);
    const nodes = entry!.coverage!.nodes;
    // The success path plus closing-declined and end-declined.
    expect(nodes).toMatchObject({ walked: PATH_500.length + 2, total: script.nodes.length });
    expect(nodes.ratio).toBeCloseTo((PATH_500.length + 2) / script.nodes.length, 9);
    expect(nodes.missed).toContain("pitch-1000");
    expect(entry!.coverage!.edges.total).toBe(script.edges.length);
  });

  it("fails with exit 1 and says where each run left the expected path", async () => {
    const result = await runCli(["test", "failing.json", "--format", "json", "--locale", "en"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    const [entry] = result.json() as Entry[];
    expect(entry).toMatchObject({ passed: 2, failed: 3 });
    const byId = Object.fromEntries(entry!.scenarios.map((s) => [s.id, s]));
    expect(byId["fast-1000"]!.failures).toEqual([
      { kind: "left-path", at: { step: 3, nodeId: "pitch-1000" }, expected: "pitch-500", actual: "pitch-1000", code: "left-path", message: "left the expected path: expected pitch-500, walked pitch-1000" },
      expect.objectContaining({ kind: "too-slow", expected: 60, code: "too-slow", message: expect.stringMatching(/^too slow: took \d+\.\d s, at most 60\.0 s allowed$/) }),
    ]);
    expect(byId["bad-phone"]).toMatchObject({ ended: false, nodeId: "ask-phone", outcome: null });
    expect(byId["bad-phone"]!.failures).toEqual([
      expect.objectContaining({
        kind: "input-error",
        at: { step: 5, nodeId: "ask-phone" },
        scenarioStep: 3,
        error: expect.objectContaining({ code: "invalidValue" }),
        code: "input-error/invalidValue/notPhone",
        message: "answer 4 refused: “12345” is not a phone number.",
      }),
    ]);
    expect(byId["wrong-exit"]!.failures.map((f) => [f.kind, f.expected, f.actual, f.message])).toEqual([
      ["wrong-exit", "end-success", "end-callback", "wrong exit: expected end-success, ended at end-callback"],
      ["wrong-outcome", "success", "callback", "wrong outcome: expected Success, got Callback"],
    ]);
  });

  it("prints pass and fail per scenario, the failures under it, the coverage and a summary", async () => {
    const result = await runCli(["test", "passing.json", "failing.json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain("passing.json  宽带提速优惠外呼营销\n  ✔ 100M 用户办理成功 (success-500)  → end-success · Success · ");
    expect(out).toMatch(/^ {2}✖ 300M 用户 \(fast-1000\) {2}→ end-success · Success · \d+\.\d s$/m);
    expect(out).toContain("      step 4, pitch-1000: left the expected path: expected pitch-500, walked pitch-1000 [left-path]\n");
    expect(out).toMatch(/^ {2}✖ 手机号填错 \(bad-phone\) {2}→ stopped at ask-phone · \d+\.\d s$/m);
    expect(out).toContain("      step 6, ask-phone: answer 4 refused: “12345” is not a phone number. [input-error/invalidValue/notPhone]\n");
    expect(out).toMatch(/^ {2}coverage: elements 12\/24 \(50%\), flows \d+\/30 \(\d+%\)$/m);
    expect(out).toMatch(/✖ 3 of 7 scenarios failed \(2 scripts\)\.\n$/);
  });

  it("says so when a script has no saved scenarios, and exits 0", async () => {
    const result = await runCli(["test", "none.json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("none.json  宽带提速优惠外呼营销\n  no saved scenarios: nothing to test");
    expect(result.stdout).toMatch(/No saved scenarios in 1 script: nothing was tested\.\n$/);
    const [entry] = (await runCli(["test", "none.json", "--format", "json"], { cwd: folder.dir })).json() as Entry[];
    expect(entry).toMatchObject({ valid: true, scenarios: [], passed: 0, failed: 0, coverage: null });
  });

  it("counts the scenarios --generate would make, writing nothing", async () => {
    const result = await runCli(["test", "none.json", "--generate", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    const [entry] = result.json() as Entry[];
    expect(entry!.generate).toMatchObject({ cap: 50, truncated: false });
    expect(entry!.generate!.scenarios).toBeGreaterThan(0);
    expect(entry!.generate!.scenarios + entry!.generate!.skipped).toBeLessThanOrEqual(entry!.generate!.paths);
    const pretty = await runCli(["test", "none.json", "--generate"], { cwd: folder.dir });
    expect(pretty.stdout).toMatch(/--generate: \d+ scenarios would be created from \d+ paths; nothing written\./);
  });

  it("exits 2 for a script it cannot read or validate, and still tests the others", async () => {
    const result = await runCli(["test", "invalid.json", "missing.json", "passing.json", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(2);
    const [invalid, missing, passing] = result.json() as Entry[];
    expect(invalid).toMatchObject({ valid: false, scenarios: [], coverage: null, errors: [expect.objectContaining({ path: expect.stringMatching(/^scenarios\[0\]\.steps\[0\]/) })] });
    expect(missing).toMatchObject({ valid: false, errors: [{ path: null, code: "unreadable" }] });
    expect(passing).toMatchObject({ valid: true, passed: 2 });
    const usage = await runCli(["test"], { cwd: folder.dir });
    expect(usage).toMatchObject({ code: 2, stdout: "" });
    expect(usage.stderr).toContain("Name at least one script to test.");
  });
});
