import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFetch } from "../support/session";
import { inject } from "vitest";
import type { ScriptDocument } from "@/lib/script/document";
import { openBrowser, screenshot, type Browser } from "./browser";
import { EditorPage } from "./pages/editor-page";
import { LibraryPage } from "./pages/library-page";

let browser: Browser;
let editor: EditorPage;
let scriptId = "";

async function draft(id: string): Promise<{ revision: number; document: ScriptDocument }> {
  const response = await apiFetch(inject("baseURL"), `/api/v1/scripts/${id}/draft`);
  return (await response.json()) as { revision: number; document: ScriptDocument };
}

beforeAll(async () => {
  browser = await openBrowser({ locale: "zh-CN", viewport: { width: 1600, height: 1000 } });
  editor = new EditorPage(browser.page);
});

afterAll(async () => {
  await browser?.close();
});

describe("the script editor", () => {
  it("builds a small script from a blank template with the UI alone, and keeps it after a reload", async () => {
    const page = browser.page;
    const library = new LibraryPage(page);
    await library.goto();
    await page.getByRole("button", { name: library.m.library.newScript }).first().click();
    const dialog = page.getByRole("dialog", { name: library.m.createScript.heading });
    await dialog.getByLabel(library.m.createScript.titleLabel).fill("端到端编辑话本");
    await dialog.getByRole("radio", { name: library.m.families.custom }).check();
    await dialog.getByLabel(library.m.createScript.blankLabel).check();
    await dialog.getByRole("button", { name: library.m.createScript.create }).click();
    await page.waitForURL(/\/scripts\/[^/]+\/edit$/);
    scriptId = page.url().split("/").at(-2) as string;
    await editor.node("greeting").waitFor();

    await editor.select("greeting");
    await editor.typeSpoken(editor.m.inspector.statement.text, "您好，我是话本客服小王，很高兴为您服务。");

    const greeting = await editor.box("greeting");
    const right = greeting.x + greeting.width + 80;
    await editor.dropFromPalette("choice", { x: right, y: greeting.y });
    await editor.node("choice-1").waitFor();
    await editor.typeSpoken(editor.m.inspector.choice.text, "请问您对宽带提速感兴趣吗？");
    await editor.fill(editor.t("inspector.answers.label", { number: 1 }), "感兴趣");
    await editor.fill(editor.t("inspector.answers.label", { number: 2 }), "不感兴趣");

    await editor.dropFromPalette("exit", { x: greeting.x, y: greeting.y + greeting.height + 140 });
    await editor.node("exit-1").waitFor();
    await editor.dropFromPalette("exit", { x: right, y: greeting.y + greeting.height + 260 });
    await editor.node("exit-2").waitFor();

    await editor.connect("greeting", "next", "choice-1");
    await editor.connect("choice-1", "a-1", "exit-1");
    await editor.connect("choice-1", "a-2", "exit-2");
    await expect.poll(() => editor.edges().count()).toBe(3);
    await editor.waitSaved();
    await screenshot(page, "editor-built-zh-CN");

    await page.reload();
    await editor.node("exit-2").waitFor();
    expect(await editor.elements().count()).toBe(4);
    expect(await editor.edges().count()).toBe(3);
    const saved = (await draft(scriptId)).document;
    expect(saved.edges).toEqual(
      expect.arrayContaining([
        { from: "greeting", port: "next", to: "choice-1" },
        { from: "choice-1", port: "a-1", to: "exit-1" },
        { from: "choice-1", port: "a-2", to: "exit-2" },
      ]),
    );
    expect(saved.nodes.find((n) => n.id === "choice-1")).toMatchObject({
      text: "请问您对宽带提速感兴趣吗？",
      answers: [
        { id: "a-1", label: "感兴趣" },
        { id: "a-2", label: "不感兴趣" },
      ],
    });
    expect(saved.nodes.find((n) => n.id === "greeting")).toMatchObject({ text: "您好，我是话本客服小王，很高兴为您服务。" });
  });

  it("undoes and redoes the last edit from the keyboard and the toolbar", async () => {
    const page = browser.page;
    await editor.goto(scriptId);
    const exit1 = await editor.box("exit-1");
    await editor.dropFromPalette("statement", { x: exit1.x, y: exit1.y + exit1.height + 60 });
    await editor.node("statement-1").waitFor();
    // Connected from the keyboard this time: the inspector's "where the call goes next".
    await page.getByLabel(editor.m.inspector.flows.ports.next, { exact: true }).selectOption({ label: "exit-2" });
    await expect.poll(() => editor.edges().count()).toBe(4);

    await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
    await page.keyboard.press("ControlOrMeta+Z");
    await expect.poll(() => editor.edges().count()).toBe(3);
    await page.keyboard.press("ControlOrMeta+Shift+Z");
    await expect.poll(() => editor.edges().count()).toBe(4);
    await page.getByRole("button", { name: editor.t("editor.toolbar.undoWhat", { what: editor.m.editor.history.connect }) }).click();
    await expect.poll(() => editor.edges().count()).toBe(3);
    await page.getByRole("button", { name: editor.t("editor.toolbar.undoWhat", { what: editor.m.editor.history.addNode }) }).click();
    await editor.node("statement-1").waitFor({ state: "detached" });
    await page.getByRole("button", { name: editor.t("editor.toolbar.redoWhat", { what: editor.m.editor.history.addNode }) }).click();
    await editor.node("statement-1").waitFor();
    await editor.waitSaved();
  });

  it("round-trips the document through the JSON view and rejects an invalid edit", async () => {
    const page = browser.page;
    await editor.goto(scriptId);
    await editor.showJson();
    const current = (await draft(scriptId)).document;
    // One line: typed text gets Monaco's auto-indent after every newline, pasted text would not.
    await editor.replaceJson(JSON.stringify({ ...current, title: "端到端编辑话本（JSON 改名）" }));
    await page.getByRole("button", { name: editor.m.code.json.apply, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "端到端编辑话本（JSON 改名）" }).waitFor();
    await editor.waitSaved();
    expect((await draft(scriptId)).document.title).toBe("端到端编辑话本（JSON 改名）");

    await editor.replaceJson(JSON.stringify({ ...current, title: "端到端编辑话本（JSON 改名）", entry: "nowhere" }));
    await page.getByRole("button", { name: editor.m.code.json.apply, exact: true }).click();
    await page.getByText(editor.t("validation.unknownNode", { id: "nowhere" })).waitFor();
    await screenshot(page, "editor-json-rejected-zh-CN");
    await editor.showCanvas();
    expect((await draft(scriptId)).document.entry).toBe("greeting");
    await page.getByRole("heading", { level: 1, name: "端到端编辑话本（JSON 改名）" }).waitFor();
  });

  it("shows the conflict dialog when two pages edit one script, and loses nothing", async () => {
    const pageB = await browser.context.newPage();
    pageB.setDefaultTimeout(10_000);
    const editorB = new EditorPage(pageB);
    await editor.goto(scriptId);
    await editorB.goto(scriptId);

    await editor.select("exit-1");
    await editor.typeSpoken(editor.m.inspector.exit.text, "感谢您的接听，再见！");
    await editor.waitSaved();

    await editorB.select("exit-2");
    await editorB.typeSpoken(editorB.m.inspector.exit.text, "好的，不打扰您了，再见！");
    const dialog = pageB.getByRole("dialog", { name: editorB.m.editor.conflict.heading });
    await dialog.waitFor();
    await screenshot(pageB, "editor-conflict-zh-CN");

    const download = pageB.waitForEvent("download");
    await dialog.getByRole("button", { name: editorB.m.editor.conflict.download }).click();
    const mine = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"))) as ScriptDocument;
    expect(mine.nodes.find((n) => n.id === "exit-2")).toMatchObject({ text: "好的，不打扰您了，再见！" });

    await dialog.getByRole("button", { name: editorB.m.editor.conflict.overwrite }).click();
    await dialog.getByRole("button", { name: editorB.m.editor.conflict.confirmYes }).click();
    await editorB.waitSaved();
    const saved = (await draft(scriptId)).document;
    expect(saved.nodes.find((n) => n.id === "exit-2")).toMatchObject({ text: "好的，不打扰您了，再见！" });
    await pageB.close();
  });
});
