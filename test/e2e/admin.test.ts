import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/access/demo-accounts";
import type { UserJson } from "@/lib/api/access";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { apiFetch } from "../support/session";
import { openBrowser, screenshot, type Browser } from "./browser";
import { AdminPage } from "./pages/admin-page";

let browser: Browser;
let admin: AdminPage;

const NEW_USER = { name: "李娜", email: "li.na@huaben.local" };
const TOKEN_NAME = "IVR 生产环境";

beforeAll(async () => {
  browser = await openBrowser({ as: "admin", locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseURL") });
  admin = new AdminPage(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

/** Whether `password` signs `email` in right now (the status of POST /api/v1/session). */
async function signInStatus(email: string, password: string): Promise<number> {
  const response = await fetch(`${inject("baseURL")}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe("administration", () => {
  it("creates a user with a temporary password shown once, changes their roles, resets the password and deactivates them", async () => {
    const page = browser.page;
    await admin.goto("users");
    expect(await page.title()).toBe("用户 · 话本 Huaben");
    // The admin is marked as "you" and cannot deactivate themselves.
    const self = admin.row("users", DEMO_ACCOUNTS.admin.email);
    await self.getByText(admin.m.admin.users.you, { exact: true }).waitFor();
    expect(await admin.button(admin.t("admin.users.deactivateLabel", { name: DEMO_ACCOUNTS.admin.name }), self).isDisabled()).toBe(true);

    await admin.button(admin.m.admin.users.newUser).click();
    let dialog = admin.dialog(admin.m.admin.userForm.createHeading);
    await dialog.getByLabel(admin.m.admin.userForm.name).fill(NEW_USER.name);
    await dialog.getByLabel(admin.m.admin.userForm.email).fill(NEW_USER.email);
    await admin.setRoles(dialog, []);
    await admin.button(admin.m.admin.userForm.create, dialog).click();
    await dialog.getByRole("alert").filter({ hasText: admin.m.admin.userForm.rolesRequired }).waitFor();
    await admin.setRoles(dialog, ["designer", "approver"]);
    await dialog.getByText(admin.m.admin.userForm.rolesRequired).waitFor({ state: "detached" });
    await screenshot(page, "admin-user-new-zh-CN");
    await admin.button(admin.m.admin.userForm.create, dialog).click();

    dialog = admin.dialog(admin.m.admin.userForm.createdHeading);
    await dialog.getByText(admin.m.admin.oneTime.warning).waitFor();
    await screenshot(page, "admin-user-created-zh-CN");
    const temporary = await admin.secret(dialog);
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    await admin.button(admin.t("admin.oneTime.copyLabel", { what: admin.m.admin.userForm.temporaryLabel }), dialog).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
    await admin.button(admin.m.admin.oneTime.done, dialog).click();
    await dialog.waitFor({ state: "detached" });
    // Once closed, the password is nowhere on the page; it works for signing in.
    expect(await page.getByText(temporary).count()).toBe(0);
    expect(await signInStatus(NEW_USER.email, temporary)).toBe(200);
    expect(await admin.roles(NEW_USER.email)).toEqual([admin.roleName("designer"), admin.roleName("approver")]);

    // The same email again is refused next to the email field.
    await admin.button(admin.m.admin.users.newUser).click();
    dialog = admin.dialog(admin.m.admin.userForm.createHeading);
    await dialog.getByLabel(admin.m.admin.userForm.name).fill("重复");
    await dialog.getByLabel(admin.m.admin.userForm.email).fill(NEW_USER.email);
    await admin.button(admin.m.admin.userForm.create, dialog).click();
    await dialog.getByRole("alert").filter({ hasText: NEW_USER.email }).waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });

    // Roles: approver and admin instead of designer and approver.
    await admin.button(admin.t("admin.users.editLabel", { name: NEW_USER.name })).click();
    dialog = admin.dialog(admin.t("admin.userForm.editHeading", { name: NEW_USER.name }));
    await admin.setRoles(dialog, ["approver", "admin"]);
    await admin.button(admin.m.admin.userForm.save, dialog).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(admin.t("admin.users.savedNotice", { name: NEW_USER.name })).waitFor();
    expect(await admin.roles(NEW_USER.email)).toEqual([admin.roleName("approver"), admin.roleName("admin")]);

    // A reset makes a new temporary password; the old one stops working.
    await admin.button(admin.t("admin.users.resetPasswordLabel", { name: NEW_USER.name })).click();
    dialog = admin.dialog(admin.t("admin.resetPassword.heading", { name: NEW_USER.name }));
    await admin.button(admin.m.admin.resetPassword.confirm, dialog).click();
    dialog = admin.dialog(admin.m.admin.resetPassword.doneHeading);
    const reset = await admin.secret(dialog);
    expect(reset).not.toBe(temporary);
    await admin.button(admin.m.admin.oneTime.done, dialog).click();
    expect(await signInStatus(NEW_USER.email, temporary)).not.toBe(200);
    expect(await signInStatus(NEW_USER.email, reset)).toBe(200);

    // Deactivating says their sessions end, and does end them.
    await admin.button(admin.t("admin.users.deactivateLabel", { name: NEW_USER.name })).click();
    dialog = admin.dialog(admin.t("admin.setActive.deactivateHeading", { name: NEW_USER.name }));
    await dialog.getByText(admin.t("admin.setActive.deactivateBody", { email: NEW_USER.email })).waitFor();
    await admin.button(admin.m.admin.setActive.deactivate, dialog).click();
    await dialog.waitFor({ state: "detached" });
    await admin.row("users", NEW_USER.email).getByText(admin.m.admin.users.deactivated, { exact: true }).waitFor();
    await admin.button(admin.t("admin.users.reactivateLabel", { name: NEW_USER.name })).waitFor();
    expect(await signInStatus(NEW_USER.email, reset)).toBe(403);
    await screenshot(page, "admin-users-zh-CN");
  });

  it("creates an API token shown once, lists it and revokes it", async () => {
    const page = browser.page;
    await admin.goto("tokens");
    await admin.button(admin.m.admin.tokens.newToken).first().click();
    let dialog = admin.dialog(admin.m.admin.tokenForm.heading);
    await dialog.getByLabel(admin.m.admin.tokenForm.name).fill(TOKEN_NAME);
    await admin.button(admin.m.admin.tokenForm.create, dialog).click();
    dialog = admin.dialog(admin.t("admin.tokenForm.createdHeading", { name: TOKEN_NAME }));
    const token = await admin.secret(dialog);
    expect(token).toMatch(/^hb_\S{20,}$/);
    await dialog.getByText(admin.m.admin.oneTime.warning).waitFor();
    await dialog.getByText(`curl -H "Authorization: Bearer ${token}" ${inject("baseURL")}/api/v1/published`).waitFor();
    await screenshot(page, "admin-token-created-zh-CN");
    await admin.button(admin.m.admin.oneTime.done, dialog).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByText(token).count()).toBe(0);

    const row = admin.row("tokens", TOKEN_NAME);
    await row.getByText(`${token.slice(0, 7)}…`).waitFor();
    await row.getByText(DEMO_ACCOUNTS.admin.email).waitFor();
    await row.getByText(admin.m.admin.never, { exact: true }).waitFor();

    // The token is known but reads published scripts only: the draft list is not for it.
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(`${inject("baseURL")}/api/v1/scripts`, { headers: bearer })).status).toBe(403);

    await admin.button(admin.t("admin.tokens.revokeLabel", { name: TOKEN_NAME })).click();
    dialog = admin.dialog(admin.t("admin.revokeToken.heading", { name: TOKEN_NAME }));
    await admin.button(admin.m.admin.revokeToken.confirm, dialog).click();
    await dialog.waitFor({ state: "detached" });
    await row.getByText(admin.m.admin.tokens.revoked, { exact: true }).waitFor();
    expect(await admin.button(admin.t("admin.tokens.revokeLabel", { name: TOKEN_NAME })).count()).toBe(0);
    expect((await fetch(`${inject("baseURL")}/api/v1/scripts`, { headers: bearer })).status).toBe(401);
    // After a reload it is still listed, as revoked, with its last use.
    await admin.goto("tokens");
    await row.getByText(admin.m.admin.tokens.revoked, { exact: true }).waitFor();
    expect(await row.getByText(admin.m.admin.never, { exact: true }).count()).toBe(0);
    await screenshot(page, "admin-tokens-zh-CN");
  });

  it("filters the audit log by action, keeps the filters in the URL and pages back through older entries", async () => {
    const page = browser.page;
    await admin.goto("audit");
    // Everything so far, newest first: the token revoked a moment ago is on top.
    const top = admin.table("audit").locator("tbody tr").first();
    expect(await top.textContent()).toContain(admin.t("admin.audit.describe.tokenRevoke", { target: TOKEN_NAME }));
    await screenshot(page, "admin-audit-zh-CN");
    await page.getByLabel(admin.m.admin.audit.action, { exact: true }).selectOption({ label: admin.m.admin.audit.actions.userCreate });
    await page.waitForURL((url) => url.searchParams.get("action") === "user.create");
    const roles = new Intl.ListFormat("zh-CN").format([admin.roleName("designer"), admin.roleName("approver")]);
    const created = admin.t("admin.audit.describe.userCreate", { target: NEW_USER.email, roles });
    const table = admin.table("audit");
    await table.getByRole("row").filter({ hasText: created }).getByText(DEMO_ACCOUNTS.admin.email).waitFor();
    // Only user creations are listed.
    for (const text of await table.locator("tbody tr td:nth-child(3)").allTextContents()) expect(text).toMatch(/^新建了用户 /);

    // The view survives a reload; today's entries include it, tomorrow's do not.
    await page.reload();
    await table.getByText(created).waitFor();
    expect(await page.getByLabel(admin.m.admin.audit.action, { exact: true }).inputValue()).toBe("user.create");
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
    await page.getByLabel(admin.m.admin.audit.from, { exact: true }).fill(today);
    await page.waitForURL((url) => url.searchParams.get("from") === today);
    await table.getByText(created).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshot(page, "admin-audit-filtered-zh-CN");
    const tomorrow = await page.evaluate(() => new Date(Date.now() + 86_400_000).toLocaleDateString("sv"));
    await admin.goto("audit", `?action=user.create&from=${tomorrow}`);
    await page.getByText(admin.m.admin.audit.noMatchTitle).waitFor();

    // More entries than a page: "Load older" appends the next page.
    const { users } = (await (await apiFetch(inject("baseURL"), "/api/v1/users", {}, "admin")).json()) as { users: UserJson[] };
    const id = users.find((u) => u.email === NEW_USER.email)!.id;
    for (let i = 0; i < 52; i++) {
      const body = JSON.stringify({ name: `${NEW_USER.name} ${i}` });
      await apiFetch(inject("baseURL"), `/api/v1/users/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body }, "admin");
    }
    await admin.goto("audit", "?action=user.update");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(50);
    await page.getByText(admin.t("admin.audit.shown", { count: 50 })).waitFor();
    const firstRename = admin.t("admin.audit.describe.userUpdate", { target: NEW_USER.email, changes: admin.t("admin.audit.userChanges.name", { name: `${NEW_USER.name} 0` }) });
    expect(await table.getByText(firstRename, { exact: true }).count()).toBe(0);
    await admin.button(admin.m.admin.audit.loadOlder).click();
    await table.getByText(firstRename, { exact: true }).waitFor();
    // 52 renames and the earlier change of roles (deactivating is an entry of its own kind).
    await expect.poll(() => table.locator("tbody tr").count()).toBe(53);
    // The first page's entries stay, older ones follow: newest first throughout, no repeats.
    const times = await table.locator("tbody tr time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime") ?? ""));
    expect(times).toEqual([...times].sort().reverse());
  });

  it("speaks English when the interface does", async () => {
    const page = browser.page;
    await browser.context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: inject("baseURL") }]);
    const english = new AdminPage(page, "en");
    await english.goto("users");
    await english.row("users", NEW_USER.email).getByText(english.m.admin.users.deactivated, { exact: true }).waitFor();
    await screenshot(page, "admin-users-en");
    await english.goto("audit", "?action=user.update");
    await english.table("audit").getByText(/^Changed the user li\.na@huaben\.local: renamed to “李娜 51”$/).waitFor();
    await english.goto("audit", `?actor=${encodeURIComponent(DEMO_ACCOUNTS.admin.email)}&action=user.create`);
    await english.table("audit").getByText("Created the user li.na@huaben.local as Designer and Approver", { exact: true }).waitFor();
    await screenshot(page, "admin-audit-en");
  });

  it("refuses a designer with the 403 page", async () => {
    const designer = await openBrowser({ locale: "zh-CN" });
    try {
      const response = await designer.page.goto("/admin/users");
      expect(response?.status()).toBe(403);
      expect(await designer.page.getByRole("table").count()).toBe(0);
      expect((await apiFetch(inject("baseURL"), "/api/v1/users")).status).toBe(403);
    } finally {
      await designer.close();
    }
  });
});
