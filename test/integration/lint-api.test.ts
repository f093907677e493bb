import { beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody, ScriptJson } from "@/lib/api/scripts";
import type { CustomPackJson, LintSetupJson, LintSettingsJson, PackExamplesErrorBody, RulePacksJson } from "@/lib/api/lint";
import type { LintReport } from "@/lib/lint/engine";
import { BUILTIN_PACKS } from "@/lib/lint/builtin-packs";
import { getDb } from "@/lib/db/client";
import { seedExamples } from "@/lib/db/seed";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import type { ScriptDocument } from "@/lib/script/document";
import { api, json, lintApi } from "./api-client";
import { signInAs } from "./sign-in-as";

// A designer may do everything these tests do; who may do what is test/integration/authorisation.test.ts.
beforeEach(async () => {
  await signInAs(["designer"]);
});

const example = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;

/** The example with a rude line said straight after the greeting. */
function rude(doc: ScriptDocument = example): ScriptDocument {
  const line = { id: "rude", kind: "statement", stageId: "greeting", text: "喂，你说什么？" } as ScriptDocument["nodes"][number];
  const edges = doc.edges.flatMap((e) =>
    e.from === doc.entry && e.port === "next" ? [{ ...e, to: "rude" }, { from: "rude", port: "next", to: e.to }] : [e],
  );
  return { ...doc, nodes: [...doc.nodes, line], edges };
}

/** A small custom pack whose rule and examples are right. */
function acmePack(overrides: Record<string, unknown> = {}) {
  return {
    id: "acme-words",
    name: { "zh-CN": "本公司用语", en: "ACME wording" },
    locale: "zh-CN",
    rules: [
      {
        id: "acme/no-cheap",
        kind: "phrases",
        category: "courtesy",
        severity: "warning",
        description: { "zh-CN": "不说“便宜”，说“实惠”。", en: "Say 实惠, not 便宜." },
        message: { "zh-CN": "请不要说“{phrase}”。", en: "Do not say “{phrase}”." },
        entries: [{ phrase: "便宜", fix: "实惠" }],
        examples: {
          fire: [{ text: "这个套餐很便宜。", mark: "便宜", fixed: "这个套餐很实惠。" }],
          pass: [{ text: "这个套餐很实惠。" }],
        },
      },
    ],
    ...overrides,
  };
}

async function report(response: Response): Promise<LintReport> {
  expect(response.status).toBe(200);
  return json<LintReport>(response);
}

const lintDoc = (document: unknown, locale?: string) => lintApi.lint({ body: { document, ...(locale ? { locale } : {}) } });
const banned = (r: LintReport) => r.findings.filter((f) => f.ruleId === "courtesy/banned-word");

async function customPacks(): Promise<CustomPackJson[]> {
  return (await json<RulePacksJson>(await lintApi.packs())).custom;
}

describe("custom rule packs", () => {
  it("saves a valid pack, lists it beside the built-in ones and hands it to the editor", async () => {
    const response = await lintApi.savePack("acme-words", { body: { pack: acmePack() } });
    expect(response.status).toBe(200);
    const saved = await json<CustomPackJson>(response);
    expect(saved).toMatchObject({ pack: { id: "acme-words" }, updatedBy: expect.stringMatching(/@huaben\.test$/), updatedAt: expect.any(String) });

    const packs = await json<RulePacksJson>(await lintApi.packs());
    expect(packs.builtin.map((p) => p.id)).toEqual(BUILTIN_PACKS.map((p) => p.id));
    expect(packs.custom).toEqual([saved]);
    expect(packs.disabled).toEqual([]);

    const setup = await json<LintSetupJson>(await lintApi.setup());
    expect(setup).toEqual({ packs: [acmePack()], workspace: {} });
  });

  it("replaces a pack saved under the same id", async () => {
    await lintApi.savePack("acme-words", { body: { pack: acmePack() } });
    const renamed = acmePack({ name: { "zh-CN": "新名字", en: "New name" } });
    expect((await lintApi.savePack("acme-words", { body: { pack: renamed } })).status).toBe(200);
    expect((await customPacks()).map((c) => c.pack)).toEqual([renamed]);
  });

  it("refuses a pack that does not fit the schema with every issue and its path, and stores nothing", async () => {
    const broken = acmePack({ name: { en: "No Chinese name" }, rules: [{ ...acmePack().rules[0], severity: "loud", entries: [] }] });
    const response = await lintApi.savePack("acme-words", { body: { pack: broken } });
    expect(response.status).toBe(400);
    const body = await json<ApiErrorBody>(response);
    expect(body.error.code).toBe("bad-request");
    const paths = body.error.issues.map((i) => i.pathText);
    expect(paths).toEqual(expect.arrayContaining(['pack.name["zh-CN"]', "pack.rules[0].severity", "pack.rules[0].entries"]));
    expect(body.error.issues.every((i) => i.path[0] === "pack" && i.message.length > 0)).toBe(true);
    expect(await customPacks()).toEqual([]);
  });

  it("refuses a pack whose own examples fail with 422 and the failing examples, and stores nothing", async () => {
    const rule = acmePack().rules[0]!;
    const wrong = { ...rule, examples: { fire: [{ text: "这个套餐很实惠。" }], pass: [{ text: "真便宜！" }] } };
    const response = await lintApi.savePack("acme-words", { body: { pack: acmePack({ rules: [wrong] }) }, headers: { "accept-language": "en" } });
    expect(response.status).toBe(422);
    const body = await json<PackExamplesErrorBody>(response);
    expect(body.error.code).toBe("pack-examples-failed");
    expect(body.error.message).toBe("2 examples of this pack did not behave as written; fix the rules or the examples.");
    expect(body.error.examples).toEqual([
      expect.objectContaining({ ruleId: "acme/no-cheap", kind: "fire", index: 0, problem: "silent" }),
      expect.objectContaining({ ruleId: "acme/no-cheap", kind: "pass", index: 0, problem: "fired" }),
    ]);
    expect(await customPacks()).toEqual([]);
  });

  it("refuses a pack saved under a built-in pack's id with 409", async () => {
    const id = BUILTIN_PACKS[0]!.id;
    const response = await lintApi.savePack(id, { body: { pack: acmePack({ id }) } });
    expect(response.status).toBe(409);
    expect((await json<ApiErrorBody>(response)).error.code).toBe("builtin-pack");
    expect(await customPacks()).toEqual([]);
    expect((await lintApi.deletePack(id)).status).toBe(409);
  });

  it("refuses a rule id another pack already defines, built-in or custom, with 409", async () => {
    const taken = (rule: string) => acmePack({ id: "acme-copy", rules: [{ ...acmePack().rules[0], id: rule }] });
    const builtin = await lintApi.savePack("acme-copy", { body: { pack: taken("courtesy/banned-word") } });
    expect(builtin.status).toBe(409);
    expect((await json<ApiErrorBody>(builtin)).error).toMatchObject({ code: "rule-id-taken", message: expect.stringContaining("courtesy-zh-CN") });
    expect((await lintApi.savePack("acme-words", { body: { pack: acmePack() } })).status).toBe(200);
    const custom = await lintApi.savePack("acme-copy", { body: { pack: taken("acme/no-cheap") } });
    expect(custom.status).toBe(409);
    expect((await customPacks()).map((c) => c.pack.id)).toEqual(["acme-words"]);
    // Saving a pack again under its own id keeps its rules.
    expect((await lintApi.savePack("acme-words", { body: { pack: acmePack() } })).status).toBe(200);
  });

  it("refuses a pack whose id is not the one in the address", async () => {
    const response = await lintApi.savePack("other-words", { body: { pack: acmePack() } });
    expect(response.status).toBe(400);
    expect((await json<ApiErrorBody>(response)).error.issues.map((i) => i.pathText)).toEqual(["pack.id"]);
    expect(await customPacks()).toEqual([]);
  });

  it("deletes a custom pack, and answers 404 for one that is not there", async () => {
    await lintApi.savePack("acme-words", { body: { pack: acmePack() } });
    expect((await lintApi.deletePack("acme-words")).status).toBe(204);
    expect(await customPacks()).toEqual([]);
    const again = await lintApi.deletePack("acme-words");
    expect(again.status).toBe(404);
    expect((await json<ApiErrorBody>(again)).error.code).toBe("pack-not-found");
  });
});

describe("workspace lint settings", () => {
  it("start empty and round-trip", async () => {
    expect(await json<LintSettingsJson>(await lintApi.settings())).toEqual({ settings: {} });
    const settings = {
      rules: { "courtesy/banned-word": "warning", "timing/stage-budget": { options: { slack: 0.2 } }, "nobody/defines-this": "off" },
      families: { inbound: { rules: { "courtesy/banned-word": "off" } } },
      disabledPacks: ["courtesy-en"],
    };
    const response = await lintApi.saveSettings({ body: { settings } });
    expect(response.status).toBe(200);
    expect(await json<LintSettingsJson>(response)).toEqual({ settings });
    expect(await json<LintSettingsJson>(await lintApi.settings())).toEqual({ settings });
    expect((await json<RulePacksJson>(await lintApi.packs())).disabled).toEqual(["courtesy-en"]);
    expect((await json<LintSetupJson>(await lintApi.setup())).workspace).toEqual(settings);
  });

  it("refuses settings of the wrong shape with every issue and its path, and keeps the old ones", async () => {
    await lintApi.saveSettings({ body: { settings: { disabledPacks: ["timing"] } } });
    const response = await lintApi.saveSettings({
      body: { settings: { rules: { "courtesy/banned-word": "loud" }, families: { telepathy: {} }, colour: "red" } },
    });
    expect(response.status).toBe(400);
    const body = await json<ApiErrorBody>(response);
    expect(body.error.issues.length).toBeGreaterThanOrEqual(3);
    expect(body.error.issues.every((i) => i.path[0] === "settings")).toBe(true);
    expect(body.error.issues.map((i) => i.pathText)).toEqual(expect.arrayContaining(['settings.rules["courtesy/banned-word"]', "settings"]));
    expect(await json<LintSettingsJson>(await lintApi.settings())).toEqual({ settings: { disabledPacks: ["timing"] } });
  });
});

describe("linting on the server", () => {
  it("finds no errors in an example script", async () => {
    for (const { document } of EXAMPLE_SCRIPTS) {
      const r = await report(await lintDoc(document));
      expect(r.counts.error, document.title).toBe(0);
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("reports banned words with where they are and what to say instead", async () => {
    const r = await report(await lintDoc(rude(), "en"));
    const found = banned(r).filter((f) => f.nodeId === "rude");
    expect(found.length).toBeGreaterThanOrEqual(2);
    const hail = found.find((f) => f.params.phrase === "喂");
    expect(hail).toMatchObject({ severity: "error", category: "courtesy", field: "text", range: { start: 0, end: 1 } });
    expect(hail?.suggestions?.map((s) => s.text)).toContain("您好");
    expect(r.counts.error).toBeGreaterThanOrEqual(1);
  });

  it("writes messages in the language asked for, or the reader's", async () => {
    const message = async (response: Response) => banned(await report(response)).find((f) => f.params.phrase === "喂")?.message;
    const en = await message(await lintDoc(rude(), "en"));
    const zh = await message(await lintDoc(rude(), "zh-CN"));
    expect(en).toMatch(/^Banned service word “喂”/);
    expect(zh).toMatch(/^服务忌语“喂”/);
    expect(await message(await lintApi.lint({ body: { document: rude() }, headers: { "accept-language": "en" } }))).toBe(en);
  });

  it("refuses an invalid document with every issue, paths starting at document", async () => {
    const response = await lintDoc({ ...example, title: "", nodes: [{ ...example.nodes[0], stageId: "nowhere" }] });
    expect(response.status).toBe(400);
    const body = await json<ApiErrorBody>(response);
    expect(body.error.issues.map((i) => i.pathText)).toContain("document.title");
    expect(body.error.issues.every((i) => i.path[0] === "document")).toBe(true);
    expect((await lintApi.lint({ body: { document: example, locale: "fr" } })).status).toBe(400);
  });

  it("lints a stored script's draft exactly as the document itself, by id or slug", async () => {
    seedExamples(getDb());
    const draft = await json<{ document: ScriptJson["document"] }>(await api.getDraft(example.id));
    const direct = await report(await lintDoc(draft.document, "en"));
    expect(await report(await api.lintScript(example.id, "?locale=en"))).toEqual(direct);
    expect(await report(await api.lintScript("broadband-fault-inbound", "?locale=en"))).toEqual(direct);
    expect((await api.lintScript("no-such-script")).status).toBe(404);
    expect((await api.lintScript(example.id, "?locale=fr")).status).toBe(400);
  });

  it("uses the workspace settings in both endpoints", async () => {
    seedExamples(getDb());
    expect((await api.saveDraft(example.id, { body: { baseRevision: 1, document: rude() } })).status).toBe(200);
    expect(banned(await report(await lintDoc(rude())))).not.toEqual([]);
    expect(banned(await report(await api.lintScript(example.id)))).not.toEqual([]);

    await lintApi.saveSettings({ body: { settings: { rules: { "courtesy/banned-word": "off" } } } });
    const direct = await report(await lintDoc(rude()));
    const stored = await report(await api.lintScript(example.id));
    expect(banned(direct)).toEqual([]);
    expect(banned(stored)).toEqual([]);
    expect(stored).toEqual(direct);
  });

  it("runs the rules of custom packs", async () => {
    seedExamples(getDb());
    const cheap = rude();
    const withCheap = { ...cheap, nodes: cheap.nodes.map((n) => (n.id === "rude" ? { ...n, text: "这个套餐很便宜。" } : n)) };
    expect((await report(await lintDoc(withCheap))).findings.map((f) => f.ruleId)).not.toContain("acme/no-cheap");
    await api.saveDraft(example.id, { body: { baseRevision: 1, document: withCheap } });

    await lintApi.savePack("acme-words", { body: { pack: acmePack() } });
    for (const r of [await report(await lintDoc(withCheap)), await report(await api.lintScript(example.id))]) {
      const hit = r.findings.find((f) => f.ruleId === "acme/no-cheap");
      expect(hit).toMatchObject({ nodeId: "rude", severity: "warning", range: { start: 5, end: 7 }, fix: { text: "实惠" } });
    }

    await lintApi.saveSettings({ body: { settings: { disabledPacks: ["acme-words"] } } });
    expect((await report(await lintDoc(withCheap))).findings.map((f) => f.ruleId)).not.toContain("acme/no-cheap");
  });
});
