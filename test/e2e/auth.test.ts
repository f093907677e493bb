import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/access/demo-accounts";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { startApp, type RunningApp } from "../support/app-server";
import { launchChromium, type LaunchedBrowser } from "../support/chromium";
import { apiFetch } from "../support/session";
import { openBrowser, screenshot, type Browser } from "./browser";
import { LibraryPage } from "./pages/library-page";
import { SetupPage } from "./pages/setup-page";
import { isFocused, SignInPage } from "./pages/sign-in-page";

const zh = CATALOGUES["zh-CN"];
const en = CATALOGUES.en;
const opened: Browser[] = [];

async function browserAs(options: Parameters<typeof openBrowser>[0]): Promise<Browser> {
  const browser = await openBrowser(options);
  opened.push(browser);
  return browser;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
});

describe("signing in", () => {
  it("sends the anonymous visitor to sign in and back to where they were going", async () => {
    const { page } = await browserAs({ as: null, locale: "zh-CN" });
    const signIn = new SignInPage(page, "zh-CN");
    await page.goto("/scripts");
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/scripts");
    await signIn.heading.waitFor();
    // Nobody is signed in: the header has the logo and the language switcher, no pages.
    expect(await signIn.nav.count()).toBe(0);
    await signIn.header.getByRole("group", { name: zh.language.label }).waitFor();
    await page.getByText(zh.app.tagline).waitFor();
    expect(await page.title()).toBe("登录 · 话本 Huaben");
    await screenshot(page, "sign-in-zh-CN");

    await signIn.signIn(DEMO_ACCOUNTS.designer.email, "not-the-password");
    await signIn.failure.filter({ hasText: zh.errors.invalidCredentials }).waitFor();
    expect(await isFocused(signIn.failure)).toBe(true);
    expect(pathOf(page)).toBe("/sign-in");

    await signIn.password.fill(DEMO_PASSWORD);
    await signIn.submit.click();
    await page.waitForURL((url) => url.pathname === "/scripts");
    await new LibraryPage(page, "zh-CN").heading.waitFor();
    // The layout read the new session: the pages and the user's menu are in the header.
    await signIn.userMenu(DEMO_ACCOUNTS.designer.name).waitFor();
    await signIn.nav.getByRole("link", { name: zh.nav.scripts }).waitFor();
    expect(await signIn.nav.getByRole("link", { name: zh.auth.nav.users }).count()).toBe(0);

    // Signed in, the sign-in page sends one on.
    await page.goto("/sign-in?next=%2Frules");
    await page.waitForURL((url) => url.pathname === "/rules");
  });

  it("speaks English, checks the fields before sending and never follows a link off the site", async () => {
    const { page, context } = await browserAs({ as: null, locale: "zh-CN" });
    await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: inject("baseURL") }]);
    const signIn = new SignInPage(page, "en");
    await signIn.goto("https://evil.example/phish");
    expect(await page.title()).toBe("Sign in · Huaben 话本");
    await screenshot(page, "sign-in-en");

    await signIn.submit.click();
    await page.getByRole("alert").filter({ hasText: en.validation.required }).first().waitFor();
    expect(await isFocused(signIn.email)).toBe(true);
    await signIn.email.fill("designer");
    await signIn.submit.click();
    await page.getByRole("alert").filter({ hasText: en.auth.signIn.emailInvalid }).waitFor();

    await signIn.signIn(DEMO_ACCOUNTS.designer.email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/scripts");
    expect(new URL(page.url()).origin).toBe(inject("baseURL"));
  });

  it("switches the sign-in page's language from the header", async () => {
    const { page } = await browserAs({ as: null, locale: "zh-CN" });
    const signIn = new SignInPage(page, "zh-CN");
    await signIn.goto();
    await signIn.header.getByRole("button", { name: en.language.en }).click();
    signIn.locale = "en";
    await signIn.heading.waitFor();
    await page.getByText(en.app.tagline).waitFor();
  });
});

describe("the user menu", () => {
  it("shows who is signed in, works from the keyboard and signs out", async () => {
    const { page } = await browserAs({ locale: "zh-CN" });
    const signIn = new SignInPage(page, "zh-CN");
    const name = DEMO_ACCOUNTS.designer.name;
    await new LibraryPage(page, "zh-CN").goto();

    const button = signIn.userMenu(name);
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await signIn.header.getByText(DEMO_ACCOUNTS.designer.email).waitFor();
    await signIn.header.getByText(translator("zh-CN")("auth.menu.roles", { roles: zh.auth.roles.designer })).waitFor();
    const account = signIn.header.getByRole("link", { name: zh.auth.menu.account });
    expect(await isFocused(account)).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await isFocused(signIn.header.getByRole("button", { name: zh.auth.menu.signOut }))).toBe(true);
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await isFocused(button)).toBe(true);
    expect(await account.isVisible()).toBe(false);

    // Enter opens it again; the account page shows the user and their roles.
    await page.keyboard.press("Enter");
    await account.click();
    await page.waitForURL((url) => url.pathname === "/account");
    await page.getByRole("heading", { level: 1, name: zh.auth.account.heading }).waitFor();
    await page.getByRole("main").getByText(DEMO_ACCOUNTS.designer.email).waitFor();
    await page.getByRole("heading", { level: 2, name: zh.auth.account.passwordHeading }).waitFor();
    await screenshot(page, "account-zh-CN");

    await signIn.signOut(name);
    expect(await signIn.nav.count()).toBe(0);
    await page.goto("/scripts");
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/scripts");
  });

  it("gives admins the administration pages", async () => {
    const { page } = await browserAs({ as: "admin", locale: "zh-CN" });
    const signIn = new SignInPage(page, "zh-CN");
    await new LibraryPage(page, "zh-CN").goto();
    for (const label of [zh.auth.nav.users, zh.auth.nav.tokens, zh.auth.nav.audit]) await signIn.nav.getByRole("link", { name: label }).waitFor();
    expect(await signIn.nav.getByRole("link", { name: zh.auth.nav.users }).getAttribute("href")).toBe("/admin/users");
  });
});

describe("an approver", () => {
  it("reads the scripts and the rules but is offered no way to change them", async () => {
    const response = await apiFetch(inject("baseURL"), "/api/v1/scripts");
    const [script] = ((await response.json()) as { scripts: ScriptSummaryJson[] }).scripts;
    if (!script) throw new Error("no seeded script");
    const { page } = await browserAs({ as: "approver", locale: "zh-CN" });
    const library = new LibraryPage(page, "zh-CN");
    await library.goto();
    await library.row(script.title).waitFor();
    expect(await page.getByRole("button", { name: zh.library.newScript }).count()).toBe(0);
    expect(await library.action(script.title, "renameLabel").count()).toBe(0);
    expect(await library.action(script.title, "archiveLabel").count()).toBe(0);
    expect(await library.row(script.title).getByRole("link", { name: script.title, exact: true }).getAttribute("href")).toBe(`/scripts/${script.id}`);
    await screenshot(page, "library-approver-zh-CN");

    await page.goto(`/scripts/${script.id}/edit`);
    await page.waitForURL((url) => url.pathname === `/scripts/${script.id}`);
    await page.getByRole("heading", { level: 1, name: script.title }).waitFor();
    expect(await page.getByRole("link", { name: zh.scriptPage.edit }).count()).toBe(0);

    await page.goto("/rules");
    await page.getByRole("note").filter({ hasText: zh.auth.readOnly.rules }).waitFor();
    const level = page.getByRole("combobox", { name: translator("zh-CN")("lintRules.levelLabel", { rule: "structure/single-entry" }), exact: true });
    expect(await level.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: zh.lintRules.newPack }).count()).toBe(0);
    expect(await page.getByRole("button", { name: zh.lintRules.speech.save }).count()).toBe(0);
    await screenshot(page, "rules-approver-zh-CN");

    // The administration pages answer 403 with who is signed in.
    const answer = await page.goto("/admin/users");
    expect(answer?.status()).toBe(403);
    await page.getByRole("heading", { level: 1, name: zh.auth.forbidden.heading }).waitFor();
    await page.getByText(translator("zh-CN")("auth.forbidden.roles", { name: DEMO_ACCOUNTS.approver.name, roles: zh.auth.roles.approver })).waitFor();
    await screenshot(page, "forbidden-zh-CN");
    await page.getByRole("link", { name: zh.auth.forbidden.back }).click();
    await page.waitForURL((url) => url.pathname === "/scripts");
  });
});

describe("the first run", () => {
  let app: RunningApp;
  let browser: LaunchedBrowser;
  let page: Page;
  const admin = { name: "李娜 Li Na", email: "li.na@example.com", password: "first-admin-pw" };

  beforeAll(async () => {
    // A second app without the demo accounts: nobody exists yet, so it asks for the first admin.
    app = await startApp({ logDir: inject("artifactsDir"), env: { HUABEN_DEMO_ACCOUNTS: "0" } });
    browser = await launchChromium({ baseURL: app.baseURL, locale: "zh-CN" });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    app?.stop();
  });

  it("sends everyone to the setup page, which creates the first admin and signs them in", async () => {
    const setup = new SetupPage(page, "zh-CN");
    await page.goto("/scripts");
    await page.waitForURL((url) => url.pathname === "/setup");
    await setup.heading.waitFor();
    await page.goto("/sign-in");
    await page.waitForURL((url) => url.pathname === "/setup");
    await screenshot(page, "setup-zh-CN");

    await setup.fill({ ...admin, confirm: "something-else" });
    await setup.submit.click();
    await page.getByRole("alert").filter({ hasText: zh.auth.setup.mismatch }).waitFor();
    expect(await isFocused(setup.field("confirm"))).toBe(true);
    await setup.field("password").fill("short");
    await setup.submit.click();
    await page.getByRole("alert").filter({ hasText: translator("zh-CN")("validation.tooShort", { limit: 8 }) }).waitFor();

    await setup.fill({ ...admin, confirm: admin.password });
    await setup.submit.click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    const signIn = new SignInPage(page, "zh-CN");
    await signIn.userMenu(admin.name).waitFor();
    await signIn.nav.getByRole("link", { name: zh.auth.nav.users }).waitFor();
  });

  it("is closed once the admin exists: signed in it leads to the scripts, signed out to sign-in", async () => {
    await page.goto("/setup");
    await page.waitForURL((url) => url.pathname === "/scripts");
    const anonymous = await launchChromium({ baseURL: app.baseURL, locale: "zh-CN" });
    try {
      const other = anonymous.context.pages()[0] ?? (await anonymous.context.newPage());
      await other.goto("/setup");
      await other.waitForURL((url) => url.pathname === "/sign-in");
    } finally {
      await anonymous.close();
    }
  });

  it("changes the admin's password, refusing a wrong current one", async () => {
    await page.goto("/account");
    const m = zh.auth.account;
    await page.getByLabel(m.current, { exact: true }).fill("wrong-password");
    await page.getByLabel(m.new, { exact: true }).fill("second-admin-pw");
    await page.getByLabel(m.confirm, { exact: true }).fill("second-admin-pw");
    await page.getByRole("button", { name: m.submit, exact: true }).click();
    const refusal = page.getByRole("alert").filter({ hasText: zh.errors.wrongPassword });
    await refusal.waitFor();
    expect(await isFocused(refusal)).toBe(true);

    await page.getByLabel(m.current, { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: m.submit, exact: true }).click();
    await page.getByRole("status").filter({ hasText: m.changed }).waitFor();
    expect(await page.getByLabel(m.new, { exact: true }).inputValue()).toBe("");

    // This browser stays signed in; the new password is the one that works now.
    await page.goto("/scripts");
    expect(pathOf(page)).toBe("/scripts");
    const signIn = new SignInPage(page, "zh-CN");
    await signIn.signOut(admin.name);
    await signIn.signIn(admin.email, admin.password);
    await signIn.failure.filter({ hasText: zh.errors.invalidCredentials }).waitFor();
    await signIn.password.fill("second-admin-pw");
    await signIn.submit.click();
    await page.waitForURL((url) => url.pathname === "/scripts");
  });
});
