import { beforeEach, describe, expect, it } from "vitest";
import type { ApiErrorBody, ScriptJson, ScriptSummaryJson } from "@/lib/api/scripts";
import { api, json } from "./api-client";
import { signInAs } from "./sign-in-as";

// A designer may do everything these tests do; who may do what is test/integration/authorisation.test.ts.
beforeEach(async () => {
  await signInAs(["designer"]);
});

const newScript = { title: "宽带提速优惠外呼", family: "outbound-marketing", locale: "zh-CN" };

async function created(body: object = newScript): Promise<ScriptSummaryJson> {
  const response = await api.create({ body });
  expect(response.status).toBe(201);
  return json<ScriptSummaryJson>(response);
}

async function draftOf(id: string) {
  return json<{ revision: number; document: ScriptJson["document"] }>(await api.getDraft(id));
}

describe("creating and listing scripts", () => {
  it("creates a script from a family template and lists it", async () => {
    const script = await created();
    expect(script).toMatchObject({ title: "宽带提速优惠外呼", family: "outbound-marketing", locale: "zh-CN", revision: 1 });
    expect(script.slug).toBe("kuan-dai-ti-su-you-hui-wai-hu");
    expect(script.elementCount).toBeGreaterThanOrEqual(3);

    const { scripts } = await json<{ scripts: ScriptSummaryJson[] }>(await api.list());
    expect(scripts.map((s) => s.id)).toEqual([script.id]);
  });

  it("gives a second script with the same title its own slug", async () => {
    const first = await created();
    const second = await created();
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("finds scripts by words of the title, by family, and keeps archived ones apart", async () => {
    const offer = await created();
    const enquiry = await created({ title: "Billing enquiry", family: "inbound", locale: "en" });
    await api.patch(enquiry.id, { body: { archived: true } });

    const ids = async (query: string) =>
      (await json<{ scripts: ScriptSummaryJson[] }>(await api.list(query))).scripts.map((s) => s.id);
    expect(await ids("?q=提速")).toEqual([offer.id]);
    expect(await ids("?q=billing")).toEqual([]);
    expect(await ids("?q=billing&archived=archived")).toEqual([enquiry.id]);
    expect(await ids("?family=inbound&archived=all")).toEqual([enquiry.id]);
    expect(await ids("?q=50%25")).toEqual([]);
  });

  it("fetches a script by id or by slug with its document", async () => {
    const script = await created();
    const byId = await json<ScriptJson>(await api.get(script.id));
    const bySlug = await json<ScriptJson>(await api.get(script.slug));
    expect(bySlug).toEqual(byId);
    expect(byId.document.stages.map((s) => s.role)).toEqual(["greeting", "pitch", "intent", "objection", "capture", "closing"]);
  });

  it("imports a whole document as a new script under a fresh id", async () => {
    const source = await created();
    const { document } = await draftOf(source.id);
    const imported = await created({ document: { ...document, title: "Imported offer" } });
    expect(imported.id).not.toBe(source.id);
    expect((await draftOf(imported.id)).document.nodes).toEqual(document.nodes);
  });
});

describe("saving drafts", () => {
  it("saves on top of the revision it was based on", async () => {
    const script = await created();
    const { document } = await draftOf(script.id);
    const response = await api.saveDraft(script.id, { body: { baseRevision: 1, document: { ...document, title: "新标题" } } });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ revision: 2, title: "新标题" });
    expect((await draftOf(script.id)).document.title).toBe("新标题");
  });

  it("answers 409 with the current revision when the base is stale, and keeps the newer draft", async () => {
    const script = await created();
    const { document } = await draftOf(script.id);
    await api.saveDraft(script.id, { body: { baseRevision: 1, document: { ...document, title: "Theirs" } } });
    const response = await api.saveDraft(script.id, { body: { baseRevision: 1, document: { ...document, title: "Mine" } } });
    expect(response.status).toBe(409);
    const body = await json<ApiErrorBody>(response);
    expect(body.error).toMatchObject({ code: "conflict", currentRevision: 2 });
    expect((await draftOf(script.id)).document.title).toBe("Theirs");
  });

  it("rejects an invalid document with every issue and its path, and writes nothing", async () => {
    const script = await created();
    const { document } = await draftOf(script.id);
    const broken = { ...document, title: "", nodes: [{ ...document.nodes[0], stageId: "nowhere" }, ...document.nodes.slice(1)] };
    const response = await api.saveDraft(script.id, { body: { baseRevision: 1, document: broken } });
    expect(response.status).toBe(422);
    const body = await json<ApiErrorBody>(response);
    expect(body.error.issues.map((i) => i.pathText)).toContain("document.title");
    expect(body.error.issues.every((i) => i.message.length > 0)).toBe(true);
    expect((await draftOf(script.id)).revision).toBe(1);
  });

  it("refuses a document that belongs to another script", async () => {
    const a = await created();
    const b = await created();
    const { document } = await draftOf(b.id);
    const response = await api.saveDraft(a.id, { body: { baseRevision: 1, document } });
    expect(response.status).toBe(422);
    expect((await json<ApiErrorBody>(response)).error.issues[0]?.pathText).toBe("document.id");
  });
});

describe("renaming, archiving and duplicating", () => {
  it("renames the script and its draft in one new revision", async () => {
    const script = await created();
    const response = await api.patch(script.id, { body: { title: "宽带提速 2026 版" } });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ title: "宽带提速 2026 版", revision: 2, slug: script.slug });
    expect((await draftOf(script.id)).document.title).toBe("宽带提速 2026 版");
  });

  it("archives and restores", async () => {
    const script = await created();
    expect(await json(await api.patch(script.id, { body: { archived: true } }))).toMatchObject({ archivedAt: expect.any(String) });
    expect((await json<{ scripts: unknown[] }>(await api.list())).scripts).toHaveLength(0);
    expect(await json(await api.patch(script.id, { body: { archived: false } }))).toMatchObject({ archivedAt: null });
    expect((await json<{ scripts: unknown[] }>(await api.list())).scripts).toHaveLength(1);
  });

  it("duplicates the draft under a new id and a title in the reader's language", async () => {
    const script = await created();
    const zh = await json<ScriptSummaryJson>(await api.duplicate(script.id, { headers: { "accept-language": "zh-CN" } }));
    const en = await json<ScriptSummaryJson>(await api.duplicate(script.id, { headers: { "accept-language": "en" } }));
    expect(zh.title).toBe("宽带提速优惠外呼（副本）");
    expect(en.title).toBe("宽带提速优惠外呼 (copy)");
    expect(zh.id).not.toBe(script.id);
    expect((await draftOf(zh.id)).document.nodes).toEqual((await draftOf(script.id)).document.nodes);
    const named = await json<ScriptSummaryJson>(await api.duplicate(script.id, { body: { title: "Named copy" } }));
    expect(named.title).toBe("Named copy");
  });
});

describe("bad input gets a 4xx with a JSON error, never a 500", () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ["malformed JSON", () => api.create({ raw: "{ title: oops" }), 400, "bad-json"],
    ["a body that is not UTF-8 JSON", () => api.create({ raw: "\u0000" }), 400, "bad-json"],
    ["wrong types", () => api.create({ body: { title: 42, family: "inbound", locale: "en" } }), 400, "bad-request"],
    ["an unknown family", () => api.create({ body: { ...newScript, family: "telepathy" } }), 400, "bad-request"],
    ["unknown fields", () => api.create({ body: { ...newScript, colour: "red" } }), 400, "bad-request"],
    ["an array body", () => api.create({ body: [] }), 400, "bad-request"],
    ["a null document", () => api.create({ body: { document: null } }), 422, "invalid-document"],
    ["a form body", () => api.create({ raw: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "unsupported-media-type"],
    ["an unknown script", () => api.get("no-such-script"), 404, "not-found"],
    ["saving an unknown script", () => api.saveDraft("no-such-script", { body: { baseRevision: 1, document: {} } }), 404, "not-found"],
    ["a revision that is not a number", () => api.saveDraft("x", { body: { baseRevision: "1", document: {} } }), 400, "bad-request"],
    ["an empty patch", () => api.patch("x", { body: {} }), 400, "bad-request"],
    ["a bad list filter", () => api.list("?family=nope"), 400, "bad-request"],
  ];

  it.each(cases)("%s", async (_name, call, status, code) => {
    const response = await call();
    expect(response.status).toBe(status);
    const body = await json<ApiErrorBody>(response);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it("reports where a request is wrong, in the reader's language", async () => {
    const response = await api.create({ body: { title: 42, family: "inbound", locale: "en" }, headers: { "accept-language": "zh-CN" } });
    const body = await json<ApiErrorBody>(response);
    expect(body.error.message).toBe("请求无效。");
    expect(body.error.issues).toEqual([
      { path: ["title"], pathText: "title", code: "invalidType", message: "应为 string，实际为 number。" },
    ]);
  });

  it("refuses a body over the size limit", async () => {
    process.env.HUABEN_MAX_BODY_BYTES = "1024";
    try {
      const response = await api.create({ body: { ...newScript, title: "x".repeat(2000) } });
      expect(response.status).toBe(413);
      expect((await json<ApiErrorBody>(response)).error.message).toContain("1 KB");
    } finally {
      delete process.env.HUABEN_MAX_BODY_BYTES;
    }
  });
});
