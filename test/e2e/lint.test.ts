import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch } from "../support/session";
import { inject } from "vitest";
import type { ScriptDocument } from "@/lib/script/document";
import { openBrowser, screenshot, type Browser } from "./browser";
import { EditorPage } from "./pages/editor-page";

let browser: Browser;
let editor: EditorPage;

async function createScript(title: string): Promise<string> {
  const response = await apiFetch(inject("baseURL"), `/api/v1/scripts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, family: "inbound", locale: "zh-CN" }),
  });
  const body = (await response.json()) as { id?: string };
  if (!response.ok || !body.id) throw new Error(`could not create a script: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function draft(id: string): Promise<ScriptDocument> {
  const response = await apiFetch(inject("baseURL"), `/api/v1/scripts/${id}/draft`);
  return ((await response.json()) as { document: ScriptDocument }).document;
}

beforeAll(async () => {
  browser = await openBrowser({ locale: "zh-CN", viewport: { width: 1600, height: 1000 } });
  editor = new EditorPage(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

describe("linting in the editor", () => {
  it("marks a banned phrase as it is typed, offers the fix in Monaco, and clears once fixed", async () => {
    const page = browser.page;
    const id = await createScript("端到端检查话本");
    await editor.goto(id);
    const panel = page.getByRole("region", { name: editor.m.lint.panel.heading, exact: true });
    await expect.poll(() => panel.getByText(editor.m.lint.panel.empty).count()).toBe(1);

    await editor.select("greeting");
    const label = editor.m.inspector.statement.text;
    await editor.typeSpoken(label, "你好，请问有什么可以帮到您？");

    // The marker in the text, the finding in the panel, the badge on the element.
    const spoken = editor.monaco(label);
    await spoken.locator(".squiggly-error").first().waitFor();
    const finding = panel.getByRole("button").filter({ hasText: "courtesy/honorific" });
    await expect.poll(() => finding.count()).toBe(1);
    await expect.poll(() => editor.node("greeting").getByRole("img").count()).toBe(1);
    await screenshot(page, "lint-problems-panel-zh-CN");

    // Choosing the finding in the panel puts the cursor on the words; Ctrl+. offers the fix.
    await finding.click();
    await page.keyboard.press("Control+Period");
    const fix = page.getByRole("option", { name: editor.t("lint.quickFix.fix", { text: "您好" }) }).or(page.getByText(editor.t("lint.quickFix.fix", { text: "您好" })));
    await fix.first().waitFor();
    await screenshot(page, "lint-monaco-quick-fix-zh-CN");
    await fix.first().click();

    await expect.poll(() => spoken.locator(".squiggly-error").count()).toBe(0);
    await expect.poll(() => finding.count()).toBe(0);
    await expect.poll(() => editor.node("greeting").getByRole("img").count()).toBe(0);
    await editor.waitSaved();
    const saved = await draft(id);
    const greeting = saved.nodes.find((n) => n.id === "greeting");
    expect(greeting && "text" in greeting ? greeting.text : "").toBe("您好，请问有什么可以帮到您？");
  });

  it("accepts a finding with a reason, and shows the estimated time per stage", async () => {
    const page = browser.page;
    const id = await createScript("端到端忽略话本");
    await editor.goto(id);
    await editor.select("greeting");
    await editor.typeSpoken(editor.m.inspector.statement.text, "您好，这个问题我不清楚。");
    const panel = page.getByRole("region", { name: editor.m.lint.panel.heading, exact: true });
    await expect.poll(() => panel.getByRole("button").filter({ hasText: "courtesy/rewrite" }).count()).toBe(1);

    const inspector = page.getByRole("region", { name: editor.m.inspector.panelLabel });
    await inspector.getByRole("button", { name: editor.m.lint.node.suppress }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: editor.m.lint.suppress.confirm }).click();
    await dialog.getByText(editor.m.lint.suppress.reasonRequired).waitFor();
    await dialog.getByLabel(editor.m.lint.suppress.reason).fill("试点话术，质检已确认");
    await dialog.getByRole("button", { name: editor.m.lint.suppress.confirm }).click();
    await expect.poll(() => panel.getByRole("button").filter({ hasText: "courtesy/rewrite" }).count()).toBe(0);
    await inspector.getByText("试点话术，质检已确认", { exact: false }).waitFor();

    const legend = page.getByRole("region", { name: editor.m.editor.legend.heading });
    await expect.poll(async () => /\d+ 秒/.test((await legend.textContent()) ?? "")).toBe(true);
    await editor.waitSaved();
    const saved = await draft(id);
    const greeting = saved.nodes.find((n) => n.id === "greeting");
    expect(greeting?.suppressions?.[0]).toMatchObject({ ruleId: "courtesy/rewrite", reason: "试点话术，质检已确认" });
  });
});
