import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder } from "./testing";

type Entry = { file: string | null; text?: string; valid: boolean; findings: { line: number; ruleId: string; severity: string; message: string; nodeId: unknown; range: { start: number; end: number } | null }[] };

describe("huaben lint --lines / --text", () => {
  const folder = tempFolder();

  beforeAll(() => {
    // Line 2 is blank and skipped, but counts: the rude line is line 3 (CRLF, as Windows editors save).
    folder.write("copy.txt", "\uFEFF您好，请问有什么可以帮到您？\r\n\r\n喂，你说什么？\r\n好的，我帮您查询一下。\r\n");
    folder.write("clean.txt", "您好，请问有什么可以帮到您？\n好的，我帮您查询一下。\n");
  });
  afterAll(folder.cleanup);

  it("places every finding on its 1-based line and exits 1 on an error", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--lines", "copy.txt", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    const [entry] = result.json() as Entry[];
    expect(entry).toMatchObject({ file: "copy.txt", valid: true });
    expect(entry!.findings.length).toBeGreaterThan(0);
    expect(entry!.findings.every((f) => f.line === 3 && f.nodeId === null)).toBe(true);
    expect(entry!.findings.map((f) => [f.ruleId, f.range?.start])).toEqual([
      ["courtesy/banned-word", 0],
      ["courtesy/honorific", 2],
      ["courtesy/banned-word", 4],
    ]);
    expect(entry!.findings[0]!.message).toMatch(/^服务忌语“喂”/);
  });

  it("prints file:line:col in the pretty report, in the language of --locale", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--lines", "copy.txt"], { cwd: folder.dir });
    expect(result.stdout).toMatch(/^ {2}copy\.txt:3:1 +错误 +courtesy\/banned-word +服务忌语“喂”/m);
    expect(result.stdout).toMatch(/^ {2}copy\.txt:3:3 +警告 +courtesy\/honorific/m);
    expect(result.stdout).toContain("      建议：“喂” → “您好”\n");
    expect(result.stdout).toMatch(/^ {2}copy\.txt:3:5 +错误 +courtesy\/banned-word +服务忌语“什么”/m);
  });

  it("exits 0 when no line has an error", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--lines", "clean.txt"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✔ 没有问题（1 个文件）。");
  });

  it("checks one utterance with --text", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--text", "我帮你查询一下。", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.json()).toEqual([
      expect.objectContaining({ file: null, text: "我帮你查询一下。", valid: true, findings: [expect.objectContaining({ ruleId: "courtesy/honorific", severity: "warning", line: 1 })] }),
    ]);
  });

  it("shows a safe fix under its finding", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--text", "你好，请问有什么可以帮到您？"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}1:1 +错误 +courtesy\/honorific +称呼客户请用“您好”，不用“你好”。$/m);
    expect(result.stdout).toContain("      修正：“你好” → “您好”\n");
  });

  it("reports an unreadable text file as an error", async () => {
    const result = await runCli(["lint", "--locale", "en", "--lines", "nope.txt", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    expect(result.json()).toEqual([expect.objectContaining({ file: "nope.txt", valid: false, errors: [expect.objectContaining({ code: "unreadable" })] })]);
  });

  it("requires --locale, and refuses --text with files", async () => {
    const noLocale = await runCli(["lint", "--lines", "copy.txt"], { cwd: folder.dir });
    expect(noLocale.code).toBe(2);
    expect(noLocale.stderr).toContain("--locale is required with --lines and --text");
    expect(noLocale.stdout).toBe("");
    expect((await runCli(["lint", "--text", "您好"], { cwd: folder.dir })).code).toBe(2);
    expect((await runCli(["lint", "--locale", "zh-CN", "--text", "您好", "copy.txt"], { cwd: folder.dir })).code).toBe(2);
    expect((await runCli(["lint", "--locale", "fr", "--text", "您好"], { cwd: folder.dir })).code).toBe(2);
  });
});
