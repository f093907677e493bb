import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { inject } from "vitest";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

type Key = Parameters<ReturnType<typeof translator>>[0];

/** The rule-pack page (/rules) as a user sees it, in one interface language at a time. */
export class RulesPage {
  constructor(
    readonly page: Page,
    public locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  t(key: Key, params?: Record<string, string | number>): string {
    return translator(this.locale)(key, params);
  }

  async goto(): Promise<void> {
    await this.page.goto("/rules");
    await this.loaded();
  }

  /** The packs have arrived (the page shows a skeleton until then). */
  async loaded(): Promise<void> {
    await this.page.getByRole("heading", { level: 2, name: this.m.lintRules.builtinHeading }).waitFor();
  }

  /** A pack's section, by its name in the interface language. */
  pack(name: string): Locator {
    return this.page.getByRole("region", { name, exact: true });
  }

  /** A rule's article inside a pack. */
  rule(packName: string, ruleId: string): Locator {
    return this.pack(packName).getByRole("article", { name: ruleId, exact: true });
  }

  async openExamples(packName: string, ruleId: string): Promise<Locator> {
    const rule = this.rule(packName, ruleId);
    await rule.locator("summary").click();
    return rule;
  }

  level(ruleId: string): Locator {
    return this.page.getByRole("combobox", { name: this.t("lintRules.levelLabel", { rule: ruleId }), exact: true }).first();
  }

  async setLevel(ruleId: string, value: string): Promise<void> {
    await this.level(ruleId).selectOption(value);
    await this.level(ruleId).locator("xpath=..").getByText(this.m.lintRules.save.saved).waitFor();
  }

  get editor(): Locator {
    return this.page.getByRole("region", { name: this.m.lintRules.editor.newHeading });
  }

  /** The Monaco editor of the open pack editor, once Monaco has loaded. */
  get monaco(): Locator {
    return this.page.locator(".monaco-editor").filter({ has: this.page.getByRole("textbox", { name: this.m.lintRules.editor.label, exact: true }) });
  }

  async newPack(): Promise<void> {
    await this.page.getByRole("button", { name: this.m.lintRules.newPack, exact: true }).click();
    await this.monaco.locator(".view-lines").waitFor();
  }

  /** Replaces the whole text in the pack editor (insertText: Monaco's EditContext drops typed spaces). */
  async replaceJson(text: string): Promise<void> {
    await this.monaco.locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(text);
  }

  /** What the pack editor shows (only the lines on screen: Monaco renders no others). */
  async editorText(): Promise<string> {
    return ((await this.monaco.locator(".view-lines").textContent()) ?? "").replace(/\u00a0/g, " ");
  }

  /** A screenshot of the window with `target` at its top, for a human to look at. */
  async screenshot(name: string, target?: Locator): Promise<void> {
    if (target) await target.evaluate((element) => element.scrollIntoView({ block: "start" }));
    else await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: path.join(inject("artifactsDir"), `${name}.png`) });
  }

  async importFile(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.editor.getByRole("button", { name: this.m.lintRules.importFile, exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  }

  async savePack(): Promise<void> {
    await this.editor.getByRole("button", { name: this.m.lintRules.editor.save, exact: true }).click();
  }

  /** The problems the editor lists after a refused save, under a heading that says what was refused. */
  problems(heading: string): Locator {
    return this.editor.getByRole("region", { name: heading, exact: true });
  }

  async switchLanguage(locale: UiLocale): Promise<void> {
    const group = this.page.getByRole("group", { name: this.m.language.label });
    await group.getByRole("button", { name: CATALOGUES[locale].language[locale] }).click();
    this.locale = locale;
    await this.page.getByRole("heading", { level: 1, name: this.m.lintRules.heading }).waitFor();
  }
}
