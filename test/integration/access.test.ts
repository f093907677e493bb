import { describe, expect, it } from "vitest";
import type { ApiErrorBody } from "@/lib/api/scripts";
import type { AuditPageJson, CreatedTokenJson, SessionJson, UserJson, UserWithPasswordJson } from "@/lib/api/access";
import { accessApi, api, json } from "./api-client";
import { makeActors, PASSWORD } from "./actors";
import { rawSql } from "./raw-sql";
import { cookieOf } from "./sign-in-as";

const signInBody = (email: string, password = PASSWORD) => ({ body: { email, password } });
const code = async (response: Response) => (await json<ApiErrorBody>(response)).error.code;
const cookieFrom = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
const whoIs = async (cookie: string) => (await json<SessionJson>(await accessApi.session({ headers: { cookie } }))).user;

describe("first start", () => {
  it("opens the setup only while nobody exists, and signs the first admin in", async () => {
    expect(await json<SessionJson>(await accessApi.session())).toEqual({ user: null, needsSetup: true });
    const created = await accessApi.setup({ body: { email: "Boss@Huaben.test", name: "老板", password: PASSWORD } });
    expect(created.status).toBe(201);
    expect(await whoIs(cookieFrom(created))).toMatchObject({ email: "boss@huaben.test", roles: ["admin"] });

    const again = await accessApi.setup({ body: { email: "other@huaben.test", name: "other", password: PASSWORD } });
    expect([again.status, await code(again)]).toEqual([409, "setup-done"]);
    expect((await json<SessionJson>(await accessApi.session())).needsSetup).toBe(false);
  });

  it("creates the admin named by HUABEN_ADMIN_EMAIL and HUABEN_ADMIN_PASSWORD, and no setup is offered", async () => {
    process.env.HUABEN_ADMIN_EMAIL = "Ops@Huaben.test";
    process.env.HUABEN_ADMIN_PASSWORD = "from the environment";
    try {
      expect((await json<SessionJson>(await accessApi.session())).needsSetup).toBe(false);
      const signedIn = await accessApi.signIn(signInBody("ops@huaben.test", "from the environment"));
      expect(await whoIs(cookieFrom(signedIn))).toMatchObject({ email: "ops@huaben.test", roles: ["admin"] });
    } finally {
      delete process.env.HUABEN_ADMIN_EMAIL;
      delete process.env.HUABEN_ADMIN_PASSWORD;
    }
  });

  it("refuses a short password at setup with the field named", async () => {
    const response = await accessApi.setup({ body: { email: "boss@huaben.test", name: "老板", password: "short" } });
    expect(response.status).toBe(400);
    expect((await json<ApiErrorBody>(response)).error.issues.map((i) => i.pathText)).toEqual(["password"]);
  });
});

describe("signing in and out", () => {
  it("refuses a wrong password without saying which half was wrong, and records it", async () => {
    const actors = await makeActors();
    const wrong = await accessApi.signIn(signInBody("designer@huaben.test", "nope nope nope"));
    const unknown = await accessApi.signIn(signInBody("nobody@huaben.test"));
    expect([wrong.status, await code(wrong)]).toEqual([401, "invalid-credentials"]);
    expect([unknown.status, await code(unknown)]).toEqual([401, "invalid-credentials"]);
    const log = await json<AuditPageJson>(await accessApi.audit("?action=session.sign-in.failed", { headers: actors.admin }));
    expect(log.entries.map((e) => e.target)).toEqual(["nobody@huaben.test", "designer@huaben.test"]);
  });

  it("throttles an email after five failures, even with the right password, and not other emails", async () => {
    await makeActors();
    for (let i = 0; i < 5; i++) expect((await accessApi.signIn(signInBody("designer@huaben.test", "wrong password"))).status).toBe(401);
    const blocked = await accessApi.signIn(signInBody("designer@huaben.test"));
    expect([blocked.status, await code(blocked)]).toEqual([429, "too-many-attempts"]);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await accessApi.signIn(signInBody("approver@huaben.test"))).status).toBe(200);
  });

  it("throttles an address after twenty failures across emails", async () => {
    await makeActors();
    const from = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < 20; i++) await accessApi.signIn({ ...signInBody(`guess-${i}@huaben.test`), headers: from });
    expect((await accessApi.signIn({ ...signInBody("admin@huaben.test"), headers: from })).status).toBe(429);
    expect((await accessApi.signIn({ ...signInBody("admin@huaben.test"), headers: { "x-forwarded-for": "198.51.100.1" } })).status).toBe(200);
  });

  it("ends the session on sign-out", async () => {
    const actors = await makeActors();
    expect((await accessApi.signOut({ headers: actors.designer })).status).toBe(200);
    expect(await whoIs(actors.designer.cookie!)).toBeNull();
    expect((await api.list("", { headers: actors.designer })).status).toBe(401);
  });

  it("refuses a write with a session cookie from another site", async () => {
    const actors = await makeActors();
    const response = await api.create({ headers: { ...actors.designer, origin: "https://evil.example", host: "huaben.test" }, body: { title: "x", family: "inbound", locale: "zh-CN" } });
    expect(response.status).toBe(403);
    const same = await api.create({ headers: { ...actors.designer, origin: "http://huaben.test", host: "huaben.test" }, body: { title: "x", family: "inbound", locale: "zh-CN" } });
    expect(same.status).toBe(201);
  });
});

describe("passwords", () => {
  it("changes one's own password: the old one stops working and other sessions end", async () => {
    const actors = await makeActors();
    const otherDevice = await cookieOf("designer@huaben.test", PASSWORD);
    const wrong = await accessApi.changePassword({ headers: actors.designer, body: { currentPassword: "not it at all", newPassword: "new horse battery" } });
    expect([wrong.status, await code(wrong)]).toEqual([400, "wrong-password"]);

    const changed = await accessApi.changePassword({ headers: actors.designer, body: { currentPassword: PASSWORD, newPassword: "new horse battery" } });
    expect(changed.status).toBe(200);
    expect(await whoIs(otherDevice)).toBeNull();
    expect(await whoIs(cookieFrom(changed))).toMatchObject({ email: "designer@huaben.test" });
    expect((await accessApi.signIn(signInBody("designer@huaben.test"))).status).toBe(401);
    expect((await accessApi.signIn(signInBody("designer@huaben.test", "new horse battery"))).status).toBe(200);
  });

  it("lets an admin reset a password to a temporary one shown once; the user's sessions end", async () => {
    const actors = await makeActors();
    const reset = await json<UserWithPasswordJson>(await accessApi.resetPassword(actors.ids.designer, { headers: actors.admin }));
    expect(reset.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await whoIs(actors.designer.cookie!)).toBeNull();
    expect((await accessApi.signIn(signInBody("designer@huaben.test", reset.temporaryPassword))).status).toBe(200);
  });
});

describe("managing users", () => {
  it("creates a user with several roles and a temporary password", async () => {
    const actors = await makeActors();
    const response = await accessApi.createUser({ headers: actors.admin, body: { email: "Mei@Huaben.test", name: "王梅", roles: ["approver", "designer"] } });
    expect(response.status).toBe(201);
    const { user, temporaryPassword } = await json<UserWithPasswordJson>(response);
    expect(user.lastSeenAt).toBeNull();
    expect(user).toMatchObject({ email: "mei@huaben.test", name: "王梅", roles: ["designer", "approver"], active: true });
    const signedIn = await accessApi.signIn(signInBody("mei@huaben.test", temporaryPassword));
    expect(await whoIs(cookieFrom(signedIn))).toMatchObject({ roles: ["designer", "approver"] });
    const listed = await json<{ users: UserJson[] }>(await accessApi.users({ headers: actors.admin }));
    expect(listed.users.find((u) => u.email === "mei@huaben.test")?.lastSeenAt).not.toBeNull();

    const twice = await accessApi.createUser({ headers: actors.admin, body: { email: "mei@huaben.test", name: "again", roles: ["designer"] } });
    expect([twice.status, await code(twice)]).toEqual([409, "email-taken"]);
  });

  it("deactivates a user: their sessions end at once and they cannot sign in until reactivated", async () => {
    const actors = await makeActors();
    const off = await accessApi.updateUser(actors.ids.designer, { headers: actors.admin, body: { active: false } });
    expect((await json<UserJson>(off)).active).toBe(false);
    expect((await api.list("", { headers: actors.designer })).status).toBe(401);
    const refused = await accessApi.signIn(signInBody("designer@huaben.test"));
    expect([refused.status, await code(refused)]).toEqual([403, "account-deactivated"]);

    await accessApi.updateUser(actors.ids.designer, { headers: actors.admin, body: { active: true } });
    expect((await accessApi.signIn(signInBody("designer@huaben.test"))).status).toBe(200);
    const log = await json<AuditPageJson>(await accessApi.audit("?actor=admin@huaben.test", { headers: actors.admin }));
    expect(log.entries.map((e) => e.action).filter((a) => a.startsWith("user."))).toEqual(["user.reactivate", "user.deactivate"]);
  });

  it("takes a role away on the next request", async () => {
    const actors = await makeActors();
    await accessApi.updateUser(actors.ids.designer, { headers: actors.admin, body: { roles: ["approver"] } });
    expect((await api.create({ headers: actors.designer, body: { title: "x", family: "inbound", locale: "zh-CN" } })).status).toBe(403);
  });

  it("always keeps one active admin, and nobody deactivates themselves", async () => {
    const actors = await makeActors();
    const demote = await accessApi.updateUser(actors.ids.admin, { headers: actors.admin, body: { roles: ["designer"] } });
    expect([demote.status, await code(demote)]).toEqual([409, "last-admin"]);
    const self = await accessApi.updateUser(actors.ids.admin, { headers: actors.admin, body: { active: false } });
    expect([self.status, await code(self)]).toEqual([409, "self-deactivate"]);

    await accessApi.updateUser(actors.ids.approver, { headers: actors.admin, body: { roles: ["approver", "admin"] } });
    expect((await accessApi.updateUser(actors.ids.admin, { headers: actors.admin, body: { roles: ["designer"] } })).status).toBe(200);
  });
});

describe("API tokens", () => {
  it("shows a token once, stores only its hash, and notes when it was last used", async () => {
    const actors = await makeActors();
    const created = await json<CreatedTokenJson>(await accessApi.createToken({ headers: actors.admin, body: { name: "坐席桌面" } }));
    expect(created.token).toMatch(/^hb_[A-Za-z0-9_-]{43}$/);
    expect(created.record.hint).toBe(`${created.token.slice(0, 7)}…`);
    const listed = await accessApi.tokens({ headers: actors.admin });
    expect(await listed.clone().text()).not.toContain(created.token);
    const sqlite = rawSql();
    const stored = sqlite.prepare("select hash from api_tokens where id = ?").get(created.record.id) as { hash: string };
    sqlite.close();
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);

    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await api.list("", { headers: bearer })).status).toBe(403);
    const { tokens } = await json<{ tokens: CreatedTokenJson["record"][] }>(await accessApi.tokens({ headers: actors.admin }));
    expect(tokens.find((t) => t.id === created.record.id)?.lastUsedAt).not.toBeNull();
  });

  it("cannot write anything, and stops working the moment it is revoked", async () => {
    const actors = await makeActors();
    const { token, record } = await json<CreatedTokenJson>(await accessApi.createToken({ headers: actors.admin, body: { name: "IVR" } }));
    const bearer = { authorization: `Bearer ${token}` };
    expect((await api.create({ headers: bearer, body: { title: "x", family: "inbound", locale: "zh-CN" } })).status).toBe(403);
    expect((await accessApi.createToken({ headers: bearer, body: { name: "more" } })).status).toBe(403);

    expect((await accessApi.revokeToken(record.id, { headers: actors.admin })).status).toBe(200);
    expect((await api.list("", { headers: bearer })).status).toBe(401);
    expect((await api.list("", { headers: { authorization: "Bearer hb_madeup" } })).status).toBe(401);
    expect((await api.list("", { headers: { ...bearer, ...actors.admin } })).status).toBe(401);
  });
});

describe("the audit log", () => {
  it("records who wrote what to which script and when, and filters by each", async () => {
    const actors = await makeActors();
    const script = await json<{ id: string; slug: string; revision: number }>(
      await api.create({ headers: actors.designer, body: { title: "审计话本", family: "inbound", locale: "zh-CN" } }),
    );
    await api.patch(script.id, { headers: actors.designer, body: { title: "审计话本二" } });
    await accessApi.createUser({ headers: actors.admin, body: { email: "new@huaben.test", name: "new", roles: ["designer"] } });

    const page = async (query: string) => json<AuditPageJson>(await accessApi.audit(query, { headers: actors.admin }));
    const forScript = await page(`?script=${script.slug}`);
    expect(forScript.entries.map((e) => [e.action, e.actorLabel, e.target])).toEqual([
      ["script.update", "designer@huaben.test", "审计话本二"],
      ["script.create", "designer@huaben.test", "审计话本"],
    ]);
    expect(forScript.entries[0]!.details).toEqual({ titleBefore: "审计话本", title: "审计话本二" });
    expect((await page("?action=user.create")).entries.map((e) => e.target)).toEqual(["new@huaben.test"]);
    expect((await page("?actor=designer@huaben.test")).entries.every((e) => e.actorLabel === "designer@huaben.test")).toBe(true);
    expect((await page(`?from=${new Date(Date.now() + 60_000).toISOString()}`)).entries).toEqual([]);
    expect((await page("")).actors).toContain("admin@huaben.test");
  });

  it("pages from newest to oldest", async () => {
    const actors = await makeActors();
    const first = await json<AuditPageJson>(await accessApi.audit("?limit=2", { headers: actors.admin }));
    expect(first.entries).toHaveLength(2);
    expect(first.more).toBe(true);
    const next = await json<AuditPageJson>(await accessApi.audit(`?limit=2&before=${first.entries[1]!.id}`, { headers: actors.admin }));
    expect(next.entries[0]!.id).toBeLessThan(first.entries[1]!.id);
  });

  it("cannot be changed or deleted, even with direct SQL", async () => {
    await makeActors();
    const sqlite = rawSql();
    try {
      expect(() => sqlite.prepare("update audit_log set actor_label = 'someone else'").run()).toThrow(/append-only/);
      expect(() => sqlite.prepare("delete from audit_log").run()).toThrow(/append-only/);
    } finally {
      sqlite.close();
    }
  });

  it("writes nothing when the write fails", async () => {
    const actors = await makeActors();
    const before = (await json<AuditPageJson>(await accessApi.audit("", { headers: actors.admin }))).entries.length;
    expect((await api.saveDraft("no-such-script", { headers: actors.designer, body: { baseRevision: 1, document: {} } })).status).toBeGreaterThanOrEqual(400);
    expect((await json<AuditPageJson>(await accessApi.audit("", { headers: actors.admin }))).entries.length).toBe(before);
  });
});
