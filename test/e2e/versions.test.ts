import fs from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { PublishedEnvelope } from "@/lib/api/review";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { EXAMPLE_SCRIPTS } from "@/lib/examples";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { validateScript } from "@/lib/script/validate";
import { apiFetch } from "../support/session";
import { openBrowser, screenshot, type Browser } from "./browser";
import { editDraft, editGreeting, greetingOf, importScript, publishDraft, readDraft, VersionsPage } from "./pages/versions-page";

// One script published twice through the API (the greeting's 欢迎 becomes 感谢), then the history
// as the approver (diff, make live) and the designer (restore, download, import) see it.

const fault = EXAMPLE_SCRIPTS.find((e) => e.slug === "broadband-fault-inbound")!.document;
const baseURL = () => inject("baseURL");
let script: ScriptSummaryJson;

beforeAll(async () => {
  script = await importScript(baseURL(), fault);
  expect((await publishDraft(baseURL(), script.id, "首次发布")).version).toBe(1);
  await editDraft(baseURL(), script.id, secondVersion);
  expect((await publishDraft(baseURL(), script.id, "问候语措辞")).version).toBe(2);
});

/**
 * Version 2: the greeting's 欢迎 becomes 感谢, an answer is reworded, a line is added after the
 * greeting (one flow replaced by two) and the greeting stage gets a budget.
 */
function secondVersion(doc: ScriptDocument): ScriptDocument {
  const nodes: ScriptNode[] = doc.nodes.map((n) => {
    if (n.id === "greet" && n.kind === "statement") return { ...n, text: n.text.replace("欢迎", "感谢") };
    if (n.id === "judge-need" && n.kind === "choice") return { ...n, answers: n.answers.map((a) => (a.id === "a-slow" ? { ...a, label: "网速慢或总是掉线" } : a)) };
    return n;
  });
  nodes.splice(1, 0, { id: "confirm-line", kind: "statement", label: "确认来电", stageId: "greeting", text: "好的，我这边已经看到您的来电号码。" });
  const edges = doc.edges.flatMap((e) =>
    e.from === "greet" && e.to === "ask-name" ? [{ ...e, to: "confirm-line" }, { from: "confirm-line", port: "next", to: "ask-name" }] : [e],
  );
  const stages = doc.stages.map((s) => (s.id === "greeting" ? { ...s, budgetSeconds: 40 } : s));
  return { ...doc, nodes, edges, stages };
}

/** Runs `run` with a fresh browser signed in as `as`, closed afterwards whatever happens. */
async function withBrowser(as: "approver" | "designer", run: (browser: Browser) => Promise<void>, english = false): Promise<void> {
  const browser = await openBrowser({ as, locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  try {
    if (english) await browser.context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: baseURL() }]);
    await run(browser);
  } finally {
    await browser.close();
  }
}

async function liveVersion(): Promise<number> {
  const response = await apiFetch(baseURL(), `/api/v1/published/${script.slug}`);
  return ((await response.json()) as PublishedEnvelope).version;
}

describe("the version history", () => {
  it("shows the approver both versions and the words that changed, and makes version 1 live again", async () => {
    await withBrowser("approver", async ({ page }) => {
      const versions = new VersionsPage(page);
      await versions.goto(script.id);
      expect(await page.title()).toContain(script.title);
      await versions.row(2).getByText("问候语措辞").waitFor();
      await versions.row(1).getByText("首次发布").waitFor();
      await versions.liveBadge(2).waitFor();
      // An approver never edits: no restore; the live version cannot be made live again.
      expect(await versions.action(2, "restoreLabel").count()).toBe(0);
      expect(await versions.action(2, "makeLiveLabel").count()).toBe(0);

      // The previous → the latest by default: the greeting, with the changed words marked.
      const diff = versions.diff(1, 2);
      const greet = diff.locator('[data-element="greet"]');
      await greet.getByText("问候", { exact: true }).waitFor();
      expect((await greet.locator("del").textContent())?.replace(/\s/g, "")).toBe(`${versions.m.versions.diff.srRemoved}欢迎${versions.m.versions.diff.srEnd}`);
      expect(await greet.locator("del").evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
      expect(await greet.locator("ins").evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
      await greet.locator("ins", { hasText: "感谢" }).waitFor();
      const m = versions.m.versions.diff;
      await diff.locator('[data-element="judge-need"] ins', { hasText: "总是" }).waitFor();
      await diff.getByRole("region", { name: m.added }).getByText("确认来电").waitFor();
      await diff.getByRole("region", { name: m.settings }).getByText(m.setting.stages).waitFor();
      expect(await diff.getByRole("region", { name: m.flowsAdded }).getByRole("listitem").allTextContents()).toEqual([
        `+问候${m.port.next}→确认来电`,
        `+确认来电${m.port.next}→询问称呼`,
      ]);
      expect(await diff.getByRole("region", { name: m.flowsRemoved }).getByRole("listitem").allTextContents()).toEqual([`−问候${m.port.next}→询问称呼`]);
      await screenshot(page, "versions-history-zh-CN");

      // Backwards works too, and the same version twice asks for two.
      await versions.compare(2, 1);
      await versions.diff(2, 1).locator('[data-element="greet"] ins', { hasText: "欢迎" }).waitFor();

      await versions.action(1, "makeLiveLabel").click();
      const dialog = versions.dialog(versions.t("versions.makeLive.heading", { version: 1 }));
      await dialog.getByText(versions.t("versions.makeLive.body", { version: 1, current: 2 })).waitFor();
      await dialog.getByRole("button", { name: versions.m.versions.makeLive.confirm, exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByRole("status").filter({ hasText: versions.t("versions.makeLive.done", { version: 1 }) }).waitFor();
      await versions.liveBadge(1).waitFor();
      expect(await versions.liveBadge(2).count()).toBe(0);
      expect(await liveVersion()).toBe(1);
    });
  });

  it("lets the designer restore version 2, download version 1 and import files into the draft", async () => {
    await withBrowser("designer", async ({ page }) => {
      const versions = new VersionsPage(page);
      // An unpublished change that restoring version 2 overwrites.
      await editGreeting(baseURL(), script.id, () => "临时改动");
      const before = await readDraft(baseURL(), script.id);

      await versions.goto(script.id);
      expect(await versions.action(1, "makeLiveLabel").count()).toBe(0);
      await versions.action(2, "restoreLabel").click();
      let dialog = versions.dialog(versions.t("versions.restore.heading", { version: 2 }));
      await dialog.getByRole("button", { name: versions.m.versions.restore.confirm, exact: true }).click();
      dialog = versions.dialog(versions.t("versions.restore.doneHeading", { version: 2 }));
      await dialog.getByText(versions.t("versions.restore.doneBody", { revision: before.revision + 1 })).waitFor();
      const editorLink = dialog.getByRole("link", { name: versions.m.versions.openEditor });
      expect(await editorLink.getAttribute("href")).toBe(`/scripts/${script.id}/edit`);
      await dialog.getByRole("button", { name: versions.m.versions.restore.close, exact: true }).click();
      const restored = await readDraft(baseURL(), script.id);
      expect([restored.revision, greetingOf(restored.document)]).toEqual([before.revision + 1, greetingOf(fault).replace("欢迎", "感谢")]);

      const download = await versions.download(1);
      expect(download.suggestedFilename()).toBe(`${script.slug}-v1.json`);
      const file = await fs.readFile((await download.path())!, "utf8");
      const envelope = JSON.parse(file) as PublishedEnvelope;
      expect([envelope.version, envelope.slug, greetingOf(envelope.script)]).toEqual([1, script.slug, greetingOf(fault)]);

      // A broken file: every problem listed with where it is in the file; the draft is untouched.
      await versions.gotoOverview(script.id);
      await versions.card.getByText(versions.t("versions.overview.live", { version: 1, count: 2 })).waitFor();
      const broken = { ...fault, title: "", nodes: fault.nodes.map((n) => (n.id === "greet" ? { ...n, text: 42 } : n)) };
      const expected = validateScript(broken);
      if (expected.ok) throw new Error("the broken file should not be valid");
      await versions.importFile("broken.json", JSON.stringify(broken));
      const refusal = versions.card.getByRole("alert");
      await refusal.getByText(versions.t("versions.overview.invalid", { file: "broken.json", count: expected.issues.length })).waitFor();
      const listed = await refusal.getByRole("listitem").allTextContents();
      expect(listed).toHaveLength(expected.issues.length);
      for (const issue of expected.issues) expect(listed.some((item) => item.startsWith(issue.pathText))).toBe(true);
      expect((await readDraft(baseURL(), script.id)).revision).toBe(restored.revision);
      await screenshot(page, "script-overview-versions-zh-CN");

      // Not JSON at all is said at once; the downloaded version 1 goes back in.
      await versions.importFile("notes.json", "{ 这不是 JSON");
      await refusal.getByText(/“notes\.json”不是 JSON 文件/).waitFor();
      await versions.importFile(`${script.slug}-v1.json`, file);
      await versions.card.getByRole("status").getByText(versions.t("versions.overview.imported", { file: `${script.slug}-v1.json`, revision: restored.revision + 1 })).waitFor();
      const imported = await readDraft(baseURL(), script.id);
      expect(greetingOf(imported.document)).toBe(greetingOf(fault));

      // The draft as a file, exactly as the API has it.
      const draftFile = await versions.downloadDraft();
      expect(draftFile.suggestedFilename()).toBe(`${script.slug}-draft-r${imported.revision}.json`);
      expect(JSON.parse(await fs.readFile((await draftFile.path())!, "utf8"))).toEqual(imported.document);

      // A downloaded version also makes a new script of its own; its overview opens.
      await versions.importFile(`${script.slug}-v1.json`, file, "new");
      await page.waitForURL((url) => /^\/scripts\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(script.id));
      await page.getByRole("heading", { level: 1, name: fault.title }).waitFor();
      await versions.card.getByText(versions.m.versions.overview.notPublished).waitFor();
    });
  });

  it("speaks English when the interface does", async () => {
    await withBrowser(
      "approver",
      async ({ page }) => {
        const versions = new VersionsPage(page, "en");
        await versions.goto(script.id);
        await versions.liveBadge(1).waitFor();
        await versions.diff(1, 2).locator('[data-element="greet"] ins', { hasText: "感谢" }).waitFor();
        await page.getByText(versions.t("versions.liveNow", { version: 1 })).waitFor();
        await screenshot(page, "versions-history-en");
      },
      true,
    );
  });

  it("tells a script without versions what to do", async () => {
    const fresh = await importScript(baseURL(), { ...fault, title: "未发布的话本" } as ScriptDocument);
    await withBrowser("designer", async ({ page }) => {
      const versions = new VersionsPage(page);
      await versions.goto(fresh.id);
      await page.getByText(versions.m.versions.emptyBody).waitFor();
      await versions.gotoOverview(fresh.id);
      await versions.card.getByText(versions.m.versions.overview.notPublished).waitFor();
    });
  });
});
