import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { createUser } from "@/lib/server/access/users";
import { createApiToken } from "@/lib/server/access/tokens";
import { savePack } from "@/lib/server/lint/save-pack";
import { createScript } from "@/lib/server/scripts/create-script";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { addComment } from "@/lib/server/review/comments";
import { decide } from "@/lib/server/review/decide";
import { submitDraft } from "@/lib/server/review/submit";
import { importScript } from "@/lib/server/scripts/create-script";
import { publish } from "@/lib/server/versions/publish";
import { createWebhook } from "@/lib/server/webhooks/webhooks";
import { accessApi, api, lintApi, reviewApi, runtimeApi, webhookApi } from "./api-client";
import { makeActors, PASSWORD, WHO, type Actors, type Who } from "./actors";

// Every route × everyone: the anonymous visitor gets 401, a role without the permission 403, and
// a role with it gets through. API tokens are read-only and limited to published scripts, so no
// route lets them in but the runtime API's reads of published scripts. The matrix is also written to test-results/ for the closing note.

type Call = (headers: Record<string, string>) => Promise<Response>;
type Case = { route: string; allowed: readonly Who[]; prepare: (actors: Actors) => Promise<Call> };

const readers = ["designer", "approver", "admin"] as const;
const editors = ["designer", "admin"] as const;
const admins = ["admin"] as const;

const system = { kind: "user" as const, id: "system", email: "system@huaben.test", name: "system", roles: ["admin" as const] };

function newScript(): ScriptSummaryJson["id"] {
  return createScript(system, { title: "权限测试话本", family: "inbound", locale: "zh-CN" }).id;
}

const pack = (id: string) => ({
  id,
  name: { "zh-CN": "测试包", en: "Test pack" },
  rules: [
    {
      id: `${id}/no-cheap`,
      kind: "phrases",
      category: "courtesy",
      severity: "warning",
      description: { "zh-CN": "不说“便宜”。", en: "Do not say 便宜." },
      message: { "zh-CN": "请不要说“{phrase}”。", en: "Do not say “{phrase}”." },
      entries: [{ phrase: "便宜", fix: "实惠" }],
      examples: { fire: [{ text: "很便宜。", mark: "便宜", fixed: "很实惠。" }], pass: [{ text: "很实惠。" }] },
    },
  ],
});

let packCounter = 0;

const reviewer = { ...system, id: "system-approver", email: "reviewer@huaben.test" };

/** A script from a seeded example, with a pending candidate submitted by someone else. */
function pending() {
  const script = importScript(system, EXAMPLE_SCRIPTS[0]!.document);
  const candidate = submitDraft(system, script.id, { acknowledged: [], locale: "zh-CN" });
  return { script, candidate };
}

/** As `pending`, approved and published as version 1. */
function published() {
  const { script, candidate } = pending();
  decide(reviewer, candidate.id, "approve", null);
  publish(system, candidate.id, "");
  return script;
}

const webhook = () => createWebhook(system, { url: "http://127.0.0.1:9/hook", description: "" }).webhook.id;

const CASES: Case[] = [
  { route: "GET /api/v1/scripts", allowed: readers, prepare: async () => (headers) => api.list("", { headers }) },
  {
    route: "POST /api/v1/scripts",
    allowed: editors,
    prepare: async () => (headers) => api.create({ headers, body: { title: "新话本", family: "inbound", locale: "zh-CN" } }),
  },
  { route: "GET /api/v1/scripts/:id", allowed: readers, prepare: async () => { const id = newScript(); return (headers) => api.get(id, { headers }); } },
  {
    route: "PATCH /api/v1/scripts/:id",
    allowed: editors,
    prepare: async () => {
      const id = newScript();
      return (headers) => api.patch(id, { headers, body: { title: "改名" } });
    },
  },
  { route: "GET /api/v1/scripts/:id/draft", allowed: readers, prepare: async () => { const id = newScript(); return (headers) => api.getDraft(id, { headers }); } },
  {
    route: "PUT /api/v1/scripts/:id/draft",
    allowed: editors,
    prepare: async () => {
      const record = createScript(system, { title: "草稿", family: "inbound", locale: "zh-CN" });
      return (headers) => api.saveDraft(record.id, { headers, body: { baseRevision: record.revision, document: { ...record.document, title: "新草稿" } } });
    },
  },
  {
    route: "POST /api/v1/scripts/:id/duplicate",
    allowed: editors,
    prepare: async () => { const id = newScript(); return (headers) => api.duplicate(id, { headers }); },
  },
  { route: "GET /api/v1/scripts/:id/lint", allowed: readers, prepare: async () => { const id = newScript(); return (headers) => api.lintScript(id, "", { headers }); } },
  {
    route: "POST /api/v1/lint",
    allowed: readers,
    prepare: async () => {
      const record = createScript(system, { title: "检查", family: "inbound", locale: "zh-CN" });
      return (headers) => lintApi.lint({ headers, body: { document: record.document } });
    },
  },
  { route: "GET /api/v1/lint/setup", allowed: readers, prepare: async () => (headers) => lintApi.setup({ headers }) },
  { route: "GET /api/v1/lint/packs", allowed: readers, prepare: async () => (headers) => lintApi.packs({ headers }) },
  {
    route: "PUT /api/v1/lint/packs/:id",
    allowed: editors,
    prepare: async () => { const id = `acme-${++packCounter}`; return (headers) => lintApi.savePack(id, { headers, body: { pack: pack(id) } }); },
  },
  {
    route: "DELETE /api/v1/lint/packs/:id",
    allowed: editors,
    prepare: async () => {
      const id = `acme-${++packCounter}`;
      savePack(system, id, pack(id));
      return (headers) => lintApi.deletePack(id, { headers });
    },
  },
  { route: "GET /api/v1/lint/settings", allowed: readers, prepare: async () => (headers) => lintApi.settings({ headers }) },
  { route: "PUT /api/v1/lint/settings", allowed: editors, prepare: async () => (headers) => lintApi.saveSettings({ headers, body: { settings: {} } }) },
  { route: "GET /api/v1/session", allowed: ["anonymous", ...readers, "token"], prepare: async () => (headers) => accessApi.session({ headers }) },
  { route: "DELETE /api/v1/session", allowed: readers, prepare: async () => (headers) => accessApi.signOut({ headers }) },
  {
    route: "PUT /api/v1/account/password",
    allowed: readers,
    prepare: async () => (headers) => accessApi.changePassword({ headers, body: { currentPassword: PASSWORD, newPassword: "another horse battery" } }),
  },
  { route: "GET /api/v1/users", allowed: admins, prepare: async () => (headers) => accessApi.users({ headers }) },
  {
    route: "POST /api/v1/users",
    allowed: admins,
    prepare: async () => (headers) => accessApi.createUser({ headers, body: { email: `new-${++packCounter}@huaben.test`, name: "新人", roles: ["designer"] } }),
  },
  {
    route: "PATCH /api/v1/users/:id",
    allowed: admins,
    prepare: async () => {
      const { user } = await createUser(null, { email: `target-${++packCounter}@huaben.test`, name: "target", roles: ["designer"], password: PASSWORD });
      return (headers) => accessApi.updateUser(user.id, { headers, body: { roles: ["designer", "approver"] } });
    },
  },
  {
    route: "POST /api/v1/users/:id/password",
    allowed: admins,
    prepare: async () => {
      const { user } = await createUser(null, { email: `reset-${++packCounter}@huaben.test`, name: "reset", roles: ["designer"], password: PASSWORD });
      return (headers) => accessApi.resetPassword(user.id, { headers });
    },
  },
  { route: "GET /api/v1/tokens", allowed: admins, prepare: async () => (headers) => accessApi.tokens({ headers }) },
  { route: "POST /api/v1/tokens", allowed: admins, prepare: async () => (headers) => accessApi.createToken({ headers, body: { name: "IVR" } }) },
  {
    route: "DELETE /api/v1/tokens/:id",
    allowed: admins,
    prepare: async () => {
      const { record } = createApiToken(system, `bot-${++packCounter}`);
      return (headers) => accessApi.revokeToken(record.id, { headers });
    },
  },
  { route: "GET /api/v1/audit", allowed: admins, prepare: async () => (headers) => accessApi.audit("", { headers }) },
  {
    route: "POST /api/v1/scripts/:id/submit",
    allowed: editors,
    prepare: async () => {
      const { id } = importScript(system, EXAMPLE_SCRIPTS[0]!.document);
      return (headers) => reviewApi.submit(id, { headers, body: {} });
    },
  },
  { route: "GET /api/v1/scripts/:id/candidates", allowed: readers, prepare: async () => { const { script } = pending(); return (headers) => reviewApi.candidates(script.id, { headers }); } },
  { route: "GET /api/v1/scripts/:id/comments", allowed: readers, prepare: async () => { const { script } = pending(); return (headers) => reviewApi.openComments(script.id, { headers }); } },
  { route: "GET /api/v1/reviews", allowed: readers, prepare: async () => (headers) => reviewApi.queue({ headers }) },
  { route: "GET /api/v1/candidates/:id", allowed: readers, prepare: async () => { const { candidate } = pending(); return (headers) => reviewApi.review(candidate.id, { headers }); } },
  {
    route: "POST /api/v1/candidates/:id/comments",
    allowed: ["approver", "admin"],
    prepare: async () => { const { candidate } = pending(); return (headers) => reviewApi.comment(candidate.id, { headers, body: { nodeId: "greet", body: "请改。" } }); },
  },
  {
    route: "POST /api/v1/candidates/:id/approve",
    allowed: ["approver", "admin"],
    prepare: async () => { const { candidate } = pending(); return (headers) => reviewApi.approve(candidate.id, { headers, body: {} }); },
  },
  {
    route: "POST /api/v1/candidates/:id/request-changes",
    allowed: ["approver", "admin"],
    prepare: async () => { const { candidate } = pending(); return (headers) => reviewApi.requestChanges(candidate.id, { headers, body: { note: "请改。" } }); },
  },
  {
    route: "POST /api/v1/candidates/:id/publish",
    allowed: editors,
    prepare: async () => {
      const { candidate } = pending();
      decide(reviewer, candidate.id, "approve", null);
      return (headers) => reviewApi.publish(candidate.id, { headers, body: {} });
    },
  },
  {
    route: "POST /api/v1/comments/:id/resolve",
    allowed: editors,
    prepare: async () => {
      const { candidate } = pending();
      const comment = addComment(reviewer, candidate.id, { nodeId: "greet", body: "请改。" });
      return (headers) => reviewApi.resolve(comment.id, { headers });
    },
  },
  { route: "GET /api/v1/scripts/:id/versions", allowed: readers, prepare: async () => { const { id } = published(); return (headers) => reviewApi.versions(id, { headers }); } },
  { route: "GET /api/v1/scripts/:id/versions/:n", allowed: readers, prepare: async () => { const { id } = published(); return (headers) => reviewApi.version(id, "1", { headers }); } },
  { route: "GET /api/v1/scripts/:id/diff", allowed: readers, prepare: async () => { const { id } = published(); return (headers) => reviewApi.diff(id, "?from=1&to=1", { headers }); } },
  { route: "POST /api/v1/scripts/:id/versions/:n/restore", allowed: editors, prepare: async () => { const { id } = published(); return (headers) => reviewApi.restore(id, "1", { headers }); } },
  { route: "PUT /api/v1/scripts/:id/live", allowed: ["approver", "admin"], prepare: async () => { const { id } = published(); return (headers) => reviewApi.moveLive(id, { headers, body: { version: 1 } }); } },
  {
    route: "POST /api/v1/scripts/:id/import",
    allowed: editors,
    prepare: async () => {
      const script = importScript(system, EXAMPLE_SCRIPTS[0]!.document);
      return (headers) => reviewApi.importDraft(script.id, { headers, body: { baseRevision: script.revision, document: EXAMPLE_SCRIPTS[1]!.document } });
    },
  },
  { route: "GET /api/v1/published", allowed: [...readers, "token"], prepare: async () => (headers) => runtimeApi.list({ headers }) },
  { route: "GET /api/v1/published/:slug", allowed: [...readers, "token"], prepare: async () => { const { slug } = published(); return (headers) => runtimeApi.live(slug, { headers }); } },
  { route: "GET /api/v1/published/:slug/versions", allowed: [...readers, "token"], prepare: async () => { const { slug } = published(); return (headers) => runtimeApi.versions(slug, { headers }); } },
  { route: "GET /api/v1/published/:slug/versions/:n", allowed: [...readers, "token"], prepare: async () => { const { slug } = published(); return (headers) => runtimeApi.version(slug, "1", { headers }); } },
  { route: "GET /api/v1/webhooks", allowed: admins, prepare: async () => (headers) => webhookApi.list({ headers }) },
  { route: "POST /api/v1/webhooks", allowed: admins, prepare: async () => (headers) => webhookApi.create({ headers, body: { url: "https://agents.example/hook" } }) },
  { route: "PATCH /api/v1/webhooks/:id", allowed: admins, prepare: async () => { const id = webhook(); return (headers) => webhookApi.update(id, { headers, body: { active: false } }); } },
  { route: "DELETE /api/v1/webhooks/:id", allowed: admins, prepare: async () => { const id = webhook(); return (headers) => webhookApi.remove(id, { headers }); } },
  { route: "GET /api/v1/webhooks/:id/deliveries", allowed: admins, prepare: async () => { const id = webhook(); return (headers) => webhookApi.deliveries(id, { headers }); } },
];

const matrix: string[] = [];

describe("authorisation matrix", () => {
  it.each(CASES)("$route", async ({ route, allowed, prepare }) => {
    const actors = await makeActors();
    const row: string[] = [];
    for (const who of WHO) {
      const call = await prepare(actors);
      const response = await call(actors[who]);
      row.push(String(response.status));
      const expected = allowed.includes(who) ? "allowed" : who === "anonymous" ? 401 : 403;
      if (expected === "allowed") expect([route, who, response.status < 300]).toEqual([route, who, true]);
      else expect([route, who, response.status]).toEqual([route, who, expected]);
    }
    matrix.push(`| ${route} | ${row.join(" | ")} |`);
  });

  afterAll(() => {
    const out = path.join(process.cwd(), "test-results");
    fs.mkdirSync(out, { recursive: true });
    const head = `| route | ${WHO.join(" | ")} |\n|---|${WHO.map(() => "---").join("|")}|\n`;
    fs.writeFileSync(path.join(out, "authorisation-matrix.md"), head + matrix.join("\n") + "\n");
  });
});
