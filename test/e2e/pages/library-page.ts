import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

type RowAction = "renameLabel" | "duplicateLabel" | "archiveLabel" | "restoreLabel";

/** The script library as a user sees it, in one interface language at a time. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    public locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/scripts${query}`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.m.library.heading });
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: this.m.library.tableCaption });
  }

  row(title: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** A row's action button, found by its accessible name ("Rename “Offer”"). */
  action(title: string, action: RowAction): Locator {
    return this.page.getByRole("button", { name: translator(this.locale)(`library.${action}`, { title }), exact: true });
  }

  async titles(): Promise<string[]> {
    return this.table.locator("tbody tr td:first-child a").allTextContents();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: this.m.library.searchLabel }).fill(text);
    await this.page.waitForURL((url) => (url.searchParams.get("q") ?? "") === text.trim());
  }

  async filterFamily(label: string): Promise<void> {
    await this.page.getByLabel(this.m.library.familyLabel, { exact: true }).selectOption({ label });
  }

  async createScript(title: string, familyLabel: string): Promise<void> {
    await this.page.getByRole("button", { name: this.m.library.newScript }).first().click();
    const dialog = this.page.getByRole("dialog", { name: this.m.createScript.heading });
    await dialog.getByLabel(this.m.createScript.titleLabel).fill(title);
    await dialog.getByRole("radio", { name: familyLabel }).check();
    await dialog.getByRole("button", { name: this.m.createScript.create }).click();
  }

  notice(): Locator {
    return this.page.getByRole("status").filter({ hasNotText: this.m.library.loading });
  }

  async switchLanguage(locale: UiLocale): Promise<void> {
    const group = this.page.getByRole("group", { name: this.m.language.label });
    await group.getByRole("button", { name: CATALOGUES[locale].language[locale] }).click();
    this.locale = locale;
    await this.heading.waitFor();
  }
}
