import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFile, runCli, tempFolder } from "./testing";

describe("huaben validate", () => {
  const folder = tempFolder();

  beforeAll(() => {
    const script = JSON.parse(repoFile("lib/examples/inbound-billing-enquiry.en.json"));
    folder.write("good.json", script);
    folder.write("bad.json", { ...script, title: "", stages: script.stages.map((s: object, i: number) => (i === 1 ? { ...s, order: "one" } : s)) });
  });
  afterAll(folder.cleanup);

  it("prints OK and exits 0 for a valid script", async () => {
    const result = await runCli(["validate", "good.json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("good.json  OK\n\n✔ 1 file valid.\n");
  });

  it("prints every issue at its JSON path and exits 1", async () => {
    const result = await runCli(["validate", "good.json", "bad.json"], { cwd: folder.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("bad.json  invalid\n");
    expect(result.stdout).toContain("  error  title  Must not be blank.\n");
    expect(result.stdout).toContain("  error  stages[1].order  Expected number, got string.\n");
    expect(result.stdout).toContain("✖ 1 of 2 files invalid.");
  });

  it("prints JSON without findings, in the --locale asked for", async () => {
    const result = await runCli(["validate", "bad.json", "--format", "json", "--locale", "zh-CN"], { cwd: folder.dir });
    expect(result.json()).toEqual([
      {
        file: "bad.json",
        valid: false,
        errors: expect.arrayContaining([{ path: "title", code: "blank", message: expect.stringMatching(/\p{Script=Han}/u) }]),
      },
    ]);
  });

  it("needs a file", async () => {
    const result = await runCli(["validate"], { cwd: folder.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Name at least one script to validate.");
  });
});
