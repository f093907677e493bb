import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFile, runCli, tempFolder } from "./testing";

type Entry = { findings: { ruleId: string }[] };

describe("huaben lint --pack", () => {
  const folder = tempFolder();
  const courtesy = JSON.parse(repoFile("lib/lint/packs/courtesy-zh-CN.json"));
  const honorific = { ...courtesy.rules.find((r: { id: string }) => r.id === "courtesy/honorific"), id: "team/honorific" };
  const pack = { id: "team-zh", name: { "zh-CN": "团队规范", en: "Team rules" }, locale: "zh-CN", rules: [honorific] };

  beforeAll(() => {
    folder.write("team.json", pack);
    // A pass example that the rule does report: the pack breaks its own promise.
    const lying = { ...honorific, examples: { ...honorific.examples, pass: [...honorific.examples.pass, { text: "我帮你查询一下。" }] } };
    folder.write("lying.json", { ...pack, rules: [lying] });
    folder.write("shapeless.json", { ...pack, rules: [{ ...honorific, examples: undefined }] });
    folder.write("clash.json", { ...pack, id: "courtesy-zh-CN" });
    folder.write("rules-clash.json", { ...pack, rules: [{ ...honorific, id: "courtesy/honorific" }] });
    folder.write("team.yaml", "id: team-zh\n");
    folder.write("not-json.json", "{ id: team-zh }");
  });
  afterAll(folder.cleanup);

  it("adds the rules of a custom pack", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--pack", "team.json", "--text", "我帮你查询一下。", "--format", "json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    const [entry] = result.json() as Entry[];
    expect(entry!.findings.map((f) => f.ruleId).sort()).toEqual(["courtesy/honorific", "team/honorific"]);
  });

  it("applies a custom pack to scripts too", async () => {
    folder.write("script.json", repoFile("lib/examples/outbound-data-update.zh-CN.json"));
    const result = await runCli(["lint", "script.json", "--pack", "team.json"], { cwd: folder.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("rejects a pack whose examples fail, saying which, with exit code 2", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--pack", "lying.json", "--text", "您好"], { cwd: folder.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--pack lying.json: its rules do not keep their own examples:");
    expect(result.stderr).toContain("team/honorific: examples.pass[2] fired: “我帮你查询一下。”");
  });

  it("rejects a pack that does not fit the rule-pack schema", async () => {
    const result = await runCli(["lint", "--locale", "zh-CN", "--pack", "shapeless.json", "--text", "您好"], { cwd: folder.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--pack shapeless.json: not a valid rule pack:");
    expect(result.stderr).toContain("rules[0].examples:");
  });

  it("rejects pack and rule ids that are already taken", async () => {
    const pack = await runCli(["lint", "--locale", "zh-CN", "--pack", "clash.json", "--text", "您好"], { cwd: folder.dir });
    expect(pack.code).toBe(2);
    expect(pack.stderr).toContain("the pack id “courtesy-zh-CN” is already taken by a built-in pack");
    const twice = await runCli(["lint", "--locale", "zh-CN", "--pack", "team.json", "--pack", "team.json", "--text", "您好"], { cwd: folder.dir });
    expect(twice.stderr).toContain("already taken by another --pack");
    const rule = await runCli(["lint", "--locale", "zh-CN", "--pack", "rules-clash.json", "--text", "您好"], { cwd: folder.dir });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain("rule “courtesy/honorific” is already defined in pack “courtesy-zh-CN”");
  });

  it("reads JSON packs only, and says so", async () => {
    const yaml = await runCli(["lint", "--locale", "zh-CN", "--pack", "team.yaml", "--text", "您好"], { cwd: folder.dir });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain("must end in .json");
    const broken = await runCli(["lint", "--locale", "zh-CN", "--pack", "not-json.json", "--text", "您好"], { cwd: folder.dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("--pack not-json.json: not valid JSON");
    const missing = await runCli(["lint", "--locale", "zh-CN", "--pack", "gone.json", "--text", "您好"], { cwd: folder.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--pack gone.json: cannot read the file");
  });
});
