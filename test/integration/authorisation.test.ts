import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { createUser } from "@/lib/server/access/users";
import { createApiToken } from "@/lib/server/access/tokens";
import { savePack } from "@/lib/server/lint/save-pack";
import { createScript } from "@/lib/server/scripts/create-script";
import { accessApi, api, lintApi } from "./api-client";
import { makeActors, PASSWORD, WHO, type Actors, type Who } from "./actors";

// Every route × everyone: the anonymous visitor gets 401, a role without the permission 403, and
// a role with it gets through. API tokens are read-only and limited to published scripts, so no
// route here lets them in. The matrix is also written to test-results/ for the closing note.

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
