import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

type Key = Parameters<ReturnType<typeof translator>>[0];
type RowAction = "deliveriesLabel" | "pauseLabel" | "resumeLabel" | "deleteLabel";

/** /admin/webhooks as an admin sees it, in one interface language. */
export class WebhooksPage {
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

  /** Opens the page and waits until the list (or its empty state) has arrived. */
  async goto(): Promise<void> {
    await this.page.goto("/admin/webhooks");
    await this.page.getByRole("heading", { level: 1, name: this.m.webhooks.heading, exact: true }).waitFor();
    await this.page.locator('[aria-busy="true"]').waitFor({ state: "detached" });
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: this.m.webhooks.table.caption, exact: true });
  }

  row(url: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader").filter({ hasText: url }) });
  }

  action(url: string, action: RowAction): Locator {
    return this.page.getByRole("button", { name: this.t(`webhooks.table.${action}`, { url }), exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  button(name: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole("button", { name, exact: true });
  }

  /** Fills in and sends the new-webhook form; the dialog then shows the secret. */
  async create(url: string, description: string): Promise<Locator> {
    await this.button(this.m.webhooks.newWebhook).first().click();
    const form = this.dialog(this.m.webhooks.form.heading);
    await form.getByLabel(this.m.webhooks.form.url, { exact: true }).fill(url);
    await form.getByLabel(this.m.webhooks.form.description, { exact: true }).fill(description);
    await this.button(this.m.webhooks.form.create, form).click();
    const created = this.dialog(this.m.webhooks.form.createdHeading);
    await created.waitFor();
    return created;
  }

  /** The delivery log of a webhook (opened first). */
  async log(url: string): Promise<Locator> {
    const toggle = this.action(url, "deliveriesLabel");
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    return this.page.getByRole("table", { name: this.t("webhooks.log.caption", { url }), exact: true });
  }
}
