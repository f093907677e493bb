import { describe, expect, it } from "vitest";
import type { ApiErrorBody, ScriptSummaryJson } from "@/lib/api/scripts";
import type { CandidateReviewJson, CandidateSummaryJson, CommentJson, PublishedEnvelope, VersionDiffJson, VersionHistoryJson, VersionSummaryJson } from "@/lib/api/review";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import type { Finding } from "@/lib/lint/finding";
import { findingKey } from "@/lib/review/submission";
import type { ScriptDocument } from "@/lib/script/document";
import { validateScript } from "@/lib/script/validate";
import { accessApi, api, json, reviewApi, runtimeApi } from "./api-client";
import { makeActors, type Actors } from "./actors";
import { rawSql } from "./raw-sql";

// The whole road from a draft to agent systems: submit → request changes → fix and resubmit →
// approve → publish → fetch with a token → publish again → roll back.

const fault = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;

async function created(actors: Actors): Promise<ScriptSummaryJson> {
  const response = await api.create({ headers: actors.designer, body: { document: fault } });
  expect(response.status).toBe(201);
  return json<ScriptSummaryJson>(response);
}

async function draftOf(actors: Actors, id: string) {
  return json<{ revision: number; document: ScriptDocument }>(await api.getDraft(id, { headers: actors.designer }));
}

/** Rewrites the opening words; `text` gets the words as they are now. */
async function editGreeting(actors: Actors, id: string, text: (now: string) => string): Promise<void> {
  const { revision, document } = await draftOf(actors, id);
  const nodes = document.nodes.map((n) => (n.id === "greet" && n.kind === "statement" ? { ...n, text: text(n.text) } : n));
  expect((await api.saveDraft(id, { headers: actors.designer, body: { baseRevision: revision, document: { ...document, nodes } } })).status).toBe(200);
}

async function submitted(actors: Actors, id: string, who: keyof Actors = "designer"): Promise<CandidateSummaryJson> {
  const response = await reviewApi.submit(id, { headers: actors[who] as Record<string, string>, body: {} });
  expect(response.status).toBe(201);
  return json<CandidateSummaryJson>(response);
}

const [greetingBefore, greetingAfter] = (fault.nodes.find((n) => n.id === "greet") as { text: string }).text.split("欢迎");

const greeting = (envelope: PublishedEnvelope) => (envelope.script.nodes.find((n) => n.id === "greet") as { text: string }).text;

describe("the review and publishing lifecycle", () => {
  it("goes from draft to agent systems and back", async () => {
    const actors = await makeActors();
    const script = await created(actors);

    // Submit: frozen as candidate 1.
    const first = await submitted(actors, script.id);
    expect(first).toMatchObject({ number: 1, status: "pending", submittedBy: "designer@huaben.test" });
    const queue = await json<{ candidates: (CandidateSummaryJson & { title: string; locale: string })[] }>(await reviewApi.queue({ headers: actors.approver }));
    expect(queue.candidates.map((c) => [c.id, c.title, c.locale])).toEqual([[first.id, fault.title, "zh-CN"]]);

    // The approver reads the copy (nothing live yet), comments and sends it back.
    const review = await json<CandidateReviewJson>(await reviewApi.review(first.id, { headers: actors.approver }));
    expect(review.live).toBeNull();
    const comment = await reviewApi.comment(first.id, { headers: actors.approver, body: { nodeId: "greet", field: "text", quote: "欢迎致电", body: "开头请加上“早上好”。" } });
    expect(comment.status).toBe(201);
    const sentBack = await reviewApi.requestChanges(first.id, { headers: actors.approver, body: { note: "问候语需要调整" } });
    expect(await json<CandidateSummaryJson>(sentBack)).toMatchObject({ status: "changes-requested", decidedBy: "approver@huaben.test" });

    // The designer sees the comment on the element, fixes the words, resolves it and resubmits.
    const open = await json<{ comments: CommentJson[] }>(await reviewApi.openComments(script.id, { headers: actors.designer }));
    expect(open.comments.map((c) => [c.nodeId, c.body])).toEqual([["greet", "开头请加上“早上好”。"]]);
    await editGreeting(actors, script.id, (now) => `早上好，${now}`);
    expect((await reviewApi.resolve(open.comments[0]!.id, { headers: actors.designer })).status).toBe(200);
    expect((await json<{ comments: CommentJson[] }>(await reviewApi.openComments(script.id, { headers: actors.designer }))).comments).toEqual([]);
    const second = await submitted(actors, script.id);
    expect(second.number).toBe(2);

    // Four eyes and roles: the designer cannot approve; the approver can.
    expect((await reviewApi.approve(second.id, { headers: actors.designer })).status).toBe(403);
    const approved = await reviewApi.approve(second.id, { headers: actors.approver, body: {} });
    expect((await json<CandidateSummaryJson>(approved)).status).toBe("approved");

    // The designer publishes version 1; it is live.
    const published = await reviewApi.publish(second.id, { headers: actors.designer, body: { note: "首次发布" } });
    expect(published.status).toBe(201);
    expect(await json<VersionSummaryJson>(published)).toMatchObject({ version: 1, note: "首次发布", publishedBy: "designer@huaben.test" });
    expect((await reviewApi.publish(second.id, { headers: actors.designer, body: {} })).status).toBe(409);

    // An agent system fetches it with its token; the JSON is a valid script; 304 on a revalidation.
    const live = await runtimeApi.live(script.slug, { headers: actors.token });
    expect(live.status).toBe(200);
    expect(live.headers.get("cache-control")).toBe("private, no-cache");
    const envelope = await json<PublishedEnvelope>(live);
    expect(envelope).toMatchObject({ slug: script.slug, version: 1, note: "首次发布" });
    expect(validateScript(envelope.script).ok).toBe(true);
    expect(envelope.script.layout).toEqual({ positions: {} });
    expect(greeting(envelope)).toMatch(/^早上好/);
    const etag = live.headers.get("etag")!;
    const again = await runtimeApi.live(script.slug, { headers: { ...actors.token, "if-none-match": etag } });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    const listed = await json<{ scripts: { slug: string; liveVersion: number }[] }>(await runtimeApi.list({ headers: actors.token }));
    expect(listed.scripts).toEqual([expect.objectContaining({ slug: script.slug, liveVersion: 1 })]);

    // A second round publishes version 2, compared with version 1 inside the words.
    await editGreeting(actors, script.id, (now) => now.replace("欢迎", "感谢"));
    const third = await submitted(actors, script.id);
    const withLive = await json<CandidateReviewJson>(await reviewApi.review(third.id, { headers: actors.approver }));
    expect(withLive.live?.version).toBe(1);
    await reviewApi.approve(third.id, { headers: actors.approver, body: {} });
    await reviewApi.publish(third.id, { headers: actors.designer, body: { note: "措辞" } });
    const diff = await json<VersionDiffJson>(await reviewApi.diff(script.id, "?from=1&to=2", { headers: actors.approver }));
    expect(diff.nodesChanged).toEqual([
      { id: "greet", kind: "statement", otherChanges: false, fields: [{ field: "text", parts: [{ kind: "same", text: `早上好，${greetingBefore}` }, { kind: "removed", text: "欢迎" }, { kind: "added", text: "感谢" }, { kind: "same", text: greetingAfter }] }] },
    ]);
    const v2 = await runtimeApi.live(script.slug, { headers: { ...actors.token, "if-none-match": etag } });
    expect(v2.status).toBe(200);
    expect((await json<PublishedEnvelope>(v2)).version).toBe(2);

    // Rollback: the approver moves live back to version 1; agent systems get it at once.
    expect((await reviewApi.moveLive(script.id, { headers: actors.designer, body: { version: 1 } })).status).toBe(403);
    expect((await reviewApi.moveLive(script.id, { headers: actors.approver, body: { version: 1 } })).status).toBe(200);
    const rolledBack = await runtimeApi.live(script.slug, { headers: actors.token });
    expect([(await json<PublishedEnvelope>(rolledBack)).version, rolledBack.headers.get("etag")]).toEqual([1, etag]);
    const pinned = await runtimeApi.version(script.slug, "2", { headers: actors.token });
    expect(pinned.headers.get("cache-control")).toContain("immutable");
    const history = await json<VersionHistoryJson>(await reviewApi.versions(script.id, { headers: actors.approver }));
    expect([history.versions.map((v) => v.version), history.live?.version]).toEqual([[2, 1], 1]);

    // Every step is in the audit log.
    const audit = await json<{ entries: { action: string }[] }>(await accessApi.audit(`?script=${script.id}&limit=50`, { headers: actors.admin }));
    expect(audit.entries.map((e) => e.action).reverse()).toEqual([
      "script.import",
      "review.submit",
      "review.comment",
      "review.request-changes",
      "draft.save",
      "review.comment.resolve",
      "review.submit",
      "review.approve",
      "version.publish",
      "draft.save",
      "review.submit",
      "review.approve",
      "version.publish",
      "version.rollback",
    ]);
  });

  it("never lets the author of a candidate decide on it, even as admin", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    const mine = await submitted(actors, script.id, "admin");
    const own = await reviewApi.approve(mine.id, { headers: actors.admin, body: {} });
    expect([own.status, (await json<ApiErrorBody>(own)).error.code]).toEqual([403, "own-candidate"]);
    expect((await reviewApi.requestChanges(mine.id, { headers: actors.admin, body: { note: "x" } })).status).toBe(403);
    expect((await reviewApi.approve(mine.id, { headers: actors.approver, body: {} })).status).toBe(200);
  });

  it("refuses a draft with lint errors, and one with warnings until they are acknowledged", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    await editGreeting(actors, script.id, (now) => `喂，${now}`);
    const refused = await reviewApi.submit(script.id, { headers: actors.designer, body: {} });
    const body = await json<{ error: { code: string; findings: Finding[] } }>(refused);
    expect([refused.status, body.error.code]).toEqual([422, "lint-errors"]);
    expect(body.error.findings.map((f) => f.ruleId)).toContain("courtesy/banned-word");

    await editGreeting(actors, script.id, (now) => `${now.replace("喂，", "")}您必须先报一下账号。`);
    const warned = await reviewApi.submit(script.id, { headers: actors.designer, body: {} });
    const warnings = await json<{ error: { code: string; findings: Finding[] } }>(warned);
    expect([warned.status, warnings.error.code]).toEqual([422, "warnings-unacknowledged"]);
    const acknowledged = warnings.error.findings.map(findingKey);
    const accepted = await reviewApi.submit(script.id, { headers: actors.designer, body: { acknowledged } });
    expect(accepted.status).toBe(201);
    expect((await json<CandidateSummaryJson>(accepted)).acknowledged).toEqual(acknowledged);
  });

  it("needs a comment or a note to send a candidate back, and refuses a draft identical to the live version", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    const candidate = await submitted(actors, script.id);
    const bare = await reviewApi.requestChanges(candidate.id, { headers: actors.approver, body: {} });
    expect([bare.status, (await json<ApiErrorBody>(bare)).error.code]).toEqual([400, "comments-required"]);
    const unknown = await reviewApi.comment(candidate.id, { headers: actors.approver, body: { nodeId: "nope", body: "?" } });
    expect(unknown.status).toBe(400);

    await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
    await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} });
    const same = await reviewApi.submit(script.id, { headers: actors.designer, body: {} });
    expect([same.status, (await json<ApiErrorBody>(same)).error.code]).toEqual([409, "unchanged"]);
  });

  it("restores a version into the draft, keeping the draft's positions", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    const candidate = await submitted(actors, script.id);
    await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
    await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} });
    await editGreeting(actors, script.id, () => "您好，这是改过的开场白。");
    const restored = await reviewApi.restore(script.id, "1", { headers: actors.designer });
    expect(restored.status).toBe(200);
    const { document } = await draftOf(actors, script.id);
    expect((document.nodes.find((n) => n.id === "greet") as { text: string }).text).toBe((fault.nodes.find((n) => n.id === "greet") as { text: string }).text);
    expect(document.layout.positions.greet).toEqual(fault.layout.positions.greet);
    expect(document.id).toBe(script.id);
  });

  it("keeps published versions immutable, even against direct SQL", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    const candidate = await submitted(actors, script.id);
    await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
    await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} });
    const sqlite = rawSql();
    try {
      expect(() => sqlite.prepare("update versions set document = '{}'").run()).toThrow(/immutable/);
      expect(() => sqlite.prepare("update versions set note = 'changed'").run()).toThrow(/immutable/);
      expect(() => sqlite.prepare("delete from versions").run()).toThrow(/immutable/);
    } finally {
      sqlite.close();
    }
    const pinned = await json<PublishedEnvelope>(await runtimeApi.version(script.slug, "1", { headers: actors.token }));
    expect(pinned.version).toBe(1);
  });

  it("answers agent systems with 401 without a token, 404 for unknown or unpublished scripts", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    expect((await runtimeApi.live(script.slug)).status).toBe(401);
    const unpublished = await runtimeApi.live(script.slug, { headers: actors.token });
    expect([unpublished.status, (await json<ApiErrorBody>(unpublished)).error.code]).toEqual([404, "not-published"]);
    expect((await runtimeApi.live("no-such-script", { headers: actors.token })).status).toBe(404);
    expect((await runtimeApi.version(script.slug, "abc", { headers: actors.token })).status).toBe(400);
  });
});

describe("importing a downloaded version", () => {
  it("imports the script inside it, as a new script or into a draft", async () => {
    const actors = await makeActors();
    const script = await created(actors);
    const candidate = await submitted(actors, script.id);
    await reviewApi.approve(candidate.id, { headers: actors.approver, body: {} });
    await reviewApi.publish(candidate.id, { headers: actors.designer, body: {} });
    const download = await reviewApi.version(script.id, "1", { headers: actors.designer });
    const envelope = await json<PublishedEnvelope>(download);

    const copy = await api.create({ headers: actors.designer, body: { document: envelope } });
    expect(copy.status).toBe(201);
    expect((await json<ScriptSummaryJson>(copy)).title).toBe(envelope.script.title);
    const { revision } = await draftOf(actors, script.id);
    const into = await reviewApi.importDraft(script.id, { headers: actors.designer, body: { baseRevision: revision, document: envelope } });
    expect((await json<ScriptSummaryJson>(into)).revision).toBe(revision + 1);
  });
});
