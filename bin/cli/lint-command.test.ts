import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFile, runCli, tempFolder } from "./testing";

const FINDING_KEYS = ["ruleId", "severity", "message", "nodeId", "field", "range", "fix", "suggestions", "path"];

type Entry = { file: string; valid: boolean; findings: Record<string, unknown>[]; errors?: { path: string | null; code: string; message: string }[] };

describe("huaben lint <script.json>", () => {
  const folder = tempFolder();
  const fault = JSON.parse(repoFile("lib/examples/inbound-broadband-fault.zh-CN.json"));

  beforeAll(() => {
    folder.write("fault.json", fault);
    folder.write("billing.json", repoFile("lib/examples/inbound-billing-enquiry.en.json"));
    const rude = structuredClone(fault);
    rude.nodes.find((n: { id: string }) => n.id === "listen").text = "喂，你说什么？";
    folder.write("rude.json", rude);
    folder.write("broken.json", '{ "schemaVersion": 1, ');
    folder.write("wrong.json", { ...fault, nodes: [{ id: "has space", kind: "statement", stageId: "greeting", text: "您好" }, ...fault.nodes] });
  });
  afterAll(folder.cleanup);

  it("passes the seeded scripts with exit code 0 and prints every finding key", async () => {
    const result = await runCli(["lint", "fault.json", "billing.json", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const entries = result.json() as Entry[];
    expect(entries.map((e) => [e.file, e.valid])).toEqual([["fault.json", true], ["billing.json", true]]);
    expect(entries.flatMap((e) => e.findings).every((f) => f.severity !== "error")).toBe(true);
  });

  it("gives every finding the same keys, null where the linter has nothing", async () => {
    const [entry] = (await runCli(["lint", "rude.json", "--format", "json"], { cwd: folder.dir })).json() as Entry[];
    expect(entry!.findings.length).toBeGreaterThan(0);
    for (const f of entry!.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(FINDING_KEYS));
      expect(Object.values(f)).not.toContain(undefined);
    }
  });

  it("fails with exit code 1 on a banned word, pointing at the element and the words", async () => {
    const result = await runCli(["lint", "rude.json", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    const [entry] = result.json() as Entry[];
    const banned = entry!.findings.filter((f) => f.ruleId === "courtesy/banned-word");
    expect(banned).toContainEqual(expect.objectContaining({ severity: "error", nodeId: "listen", field: "text", range: { start: 0, end: 1 }, fix: null }));
    expect(banned[0]!.message).toMatch(/^服务忌语“喂”/);
    expect(banned[0]!.suggestions).toEqual([expect.objectContaining({ text: "您好" })]);
  });

  it("words the messages in --locale, else in the script's own language", async () => {
    const english = (await runCli(["lint", "rude.json", "--format", "json", "--locale", "en"], { cwd: folder.dir })).json() as Entry[];
    expect(english[0]!.findings.find((f) => f.ruleId === "courtesy/banned-word")!.message).toMatch(/^Banned service word “喂”/);
    const own = (await runCli(["lint", "rude.json", "--format", "json"], { cwd: folder.dir, env: { LANG: "en_GB.UTF-8" } })).json() as Entry[];
    expect(own[0]!.findings.find((f) => f.ruleId === "courtesy/honorific")!.message).toBe("称呼客户请用“您”，不用“你”。");
  });

  it("prints a pretty report: header, one line per finding, its suggestion, a summary", async () => {
    const result = await runCli(["lint", "rude.json", "--locale", "en"], { cwd: folder.dir });
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("rude.json");
    expect(result.stdout).toMatch(/^ {2}error +courtesy\/banned-word +listen:1 +Banned service word “喂”/m);
    expect(result.stdout).toMatch(/^ {2}error +courtesy\/banned-word +listen:5-6 +Banned service word “什么”/m);
    expect(result.stdout).toMatch(/^ {2}warning +courtesy\/honorific +listen:3 +Address the customer with “您”, not “你”\.$/m);
    expect(result.stdout).toContain("      suggestion: “喂” → “您好”");
    expect(result.stdout).toMatch(/✖ \d+ problems \(2 errors, \d+ warnings?, \d+ info\) in 1 file\.\n$/);
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("counts a file that is not JSON, not a script or not there as an error, and goes on", async () => {
    const result = await runCli(["lint", "broken.json", "wrong.json", "missing.json", "fault.json", "--format", "json", "--locale", "en"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    const [broken, wrong, missing, fault] = result.json() as Entry[];
    expect(broken).toMatchObject({ valid: false, findings: [], errors: [{ path: "$", code: "invalidJson" }] });
    expect(broken!.errors![0]!.message).toMatch(/^Not valid JSON: /);
    expect(wrong).toMatchObject({ valid: false, findings: [], errors: [{ path: "nodes[0].id", code: "invalidId", message: "Use 1–64 letters, digits, “-” or “_”." }] });
    expect(missing).toMatchObject({ valid: false, errors: [{ path: null, code: "unreadable" }] });
    expect(fault).toMatchObject({ valid: true });
    expect(fault).not.toHaveProperty("errors");
  });

  it("words schema errors in the script's language without --locale", async () => {
    const result = await runCli(["lint", "wrong.json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("  error  nodes[0].id  请使用");
  });

  it("colours the report on a terminal unless NO_COLOR is set", async () => {
    expect((await runCli(["lint", "rude.json"], { cwd: folder.dir, isTTY: true })).stdout).toContain("\u001b[31m");
    expect((await runCli(["lint", "rude.json"], { cwd: folder.dir, isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("keeps stdout pure JSON even when a file fails", async () => {
    const result = await runCli(["lint", "missing.json", "--format", "json"], { cwd: folder.dir });
    expect(() => result.json()).not.toThrow();
  });
});
