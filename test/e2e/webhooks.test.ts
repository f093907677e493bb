import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import type { WebhookPayload } from "@/lib/publish/webhook";
import { openBrowser, screenshot, type Browser } from "./browser";
import { importScript, publishDraft } from "./pages/versions-page";
import { WebhooksPage } from "./pages/webhooks-page";

// A real endpoint in the test process receives what the app sends when a version is published.

type Received = { headers: http.IncomingHttpHeaders; body: string };

let browser: Browser;
let server: http.Server;
let endpoint = "";
const received: Received[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/huaben`;
  browser = await openBrowser({ as: "admin", locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseURL") });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("webhooks", () => {
  it("registers an endpoint with a secret shown once, delivers a publish signed, pauses, resumes and deletes it", async () => {
    const page = browser.page;
    const hooks = new WebhooksPage(page);
    await hooks.goto();
    expect(await page.title()).toBe("Webhook · 话本 Huaben");

    // The address is checked before anything is sent.
    await hooks.button(hooks.m.webhooks.newWebhook).first().click();
    const form = hooks.dialog(hooks.m.webhooks.form.heading);
    await form.getByLabel(hooks.m.webhooks.form.url, { exact: true }).fill("ftp://example.com");
    await hooks.button(hooks.m.webhooks.form.create, form).click();
    await form.getByRole("alert").filter({ hasText: hooks.m.webhooks.form.urlInvalid }).waitFor();
    await page.keyboard.press("Escape");
    await form.waitFor({ state: "detached" });

    const created = await hooks.create(endpoint, "坐席桌面（测试）");
    await created.getByText(hooks.m.admin.oneTime.warning).waitFor();
    await created.getByText(hooks.m.webhooks.verify.signature).waitFor();
    await screenshot(page, "webhooks-secret-zh-CN");
    const secret = ((await created.locator("[data-secret]").textContent()) ?? "").trim();
    expect(secret).toMatch(/^whsec_/);
    await hooks.button(hooks.t("admin.oneTime.copyLabel", { what: hooks.m.webhooks.form.secretLabel }), created).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await hooks.button(hooks.m.admin.oneTime.done, created).click();
    await created.waitFor({ state: "detached" });
    expect(await page.getByText(secret).count()).toBe(0);
    await hooks.row(endpoint).getByText(hooks.m.webhooks.table.active).waitFor();

    // A publish reaches the endpoint, signed with the secret; the log says it was delivered.
    const script = await importScript(inject("baseURL"), EXAMPLE_SCRIPTS[0]!.document);
    await publishDraft(inject("baseURL"), script.id, "Webhook 测试");
    const log = await hooks.log(endpoint);
    const delivered = log.getByRole("row").filter({ hasText: hooks.m.webhooks.log.statuses.delivered });
    await delivered.filter({ hasText: hooks.t("webhooks.log.httpStatus", { code: 200 }) }).waitFor({ timeout: 20_000 });
    await delivered.getByText(hooks.m.webhooks.log.events.publish, { exact: true }).waitFor();
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [Received];
    const signature = createHmac("sha256", secret).update(`${String(headers["x-huaben-timestamp"])}.${body}`).digest("hex");
    expect(headers["x-huaben-signature"]).toBe(`sha256=${signature}`);
    expect(JSON.parse(body) as WebhookPayload).toMatchObject({ event: "publish", version: 1, script: { id: script.id, slug: script.slug } });
    await screenshot(page, "webhooks-zh-CN");

    // Pause and resume, then delete after a confirmation.
    await hooks.action(endpoint, "pauseLabel").click();
    await hooks.row(endpoint).getByText(hooks.m.webhooks.table.paused).waitFor();
    await page.getByRole("status").filter({ hasText: hooks.t("webhooks.pausedNotice", { url: endpoint }) }).waitFor();
    await hooks.action(endpoint, "resumeLabel").click();
    await hooks.row(endpoint).getByText(hooks.m.webhooks.table.active).waitFor();

    await hooks.action(endpoint, "deleteLabel").click();
    const confirm = hooks.dialog(hooks.t("webhooks.deleteDialog.heading", { url: endpoint }));
    await hooks.button(hooks.m.webhooks.deleteDialog.confirm, confirm).click();
    await confirm.waitFor({ state: "detached" });
    await page.getByText(hooks.m.webhooks.emptyTitle).waitFor();
    await hooks.goto();
    await page.getByText(hooks.m.webhooks.emptyTitle).waitFor();
  });
});
