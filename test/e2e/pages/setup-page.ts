import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";

/** The first-run page that creates the first admin. */
export class SetupPage {
  constructor(
    readonly page: Page,
    public locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.m.auth.setup.heading, exact: true });
  }

  field(label: "name" | "email" | "password" | "confirm"): Locator {
    return this.page.getByLabel(this.m.auth.setup[label], { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole("button", { name: this.m.auth.setup.submit, exact: true });
  }

  async fill(values: { name: string; email: string; password: string; confirm: string }): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label as keyof typeof values).fill(value);
  }
}
