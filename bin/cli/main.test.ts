import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./testing";

describe("huaben", () => {
  it("prints usage for --help and for no arguments", async () => {
    for (const argv of [["--help"], [], ["lint", "--help"], ["validate", "-h"]]) {
      const result = await runCli(argv, { cwd: REPO });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("huaben lint <script.json>...");
    }
  });

  it("refuses unknown commands and options with exit code 2", async () => {
    for (const argv of [["frobnicate"], ["--frobnicate"], ["lint", "--frobnicate", "x.json"], ["lint", "x.json", "--format", "xml"], ["lint", "--format"]]) {
      const result = await runCli(argv, { cwd: REPO });
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^huaben: .*\nRun “huaben --help” for usage\.\n$/s);
    }
  });

  it("runs as an executable from any directory", async () => {
    const script = join(REPO, "lib/examples/outbound-data-update.zh-CN.json");
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [join(REPO, "bin/huaben.mjs"), "lint", script, "--format", "json"], { cwd: tmpdir() });
    expect(JSON.parse(stdout)).toEqual([{ file: script, valid: true, findings: [] }]);
    const failed = await run(process.execPath, [join(REPO, "bin/huaben.mjs"), "lint", "--locale", "zh-CN", "--text", "喂"], { cwd: tmpdir() }).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining("courtesy/banned-word") });
  }, 30_000);
});
