import type { Locator, Page } from "playwright-core";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";

/** The sign-in page and the header's user menu, as a user sees them in one interface language. */
export class SignInPage {
  constructor(
    readonly page: Page,
    public locale: UiLocale = "zh-CN",
  ) {}

  get m(): Messages {
    return CATALOGUES[this.locale];
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next === undefined ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.m.auth.signIn.heading, exact: true });
  }

  get email(): Locator {
    return this.page.getByLabel(this.m.auth.signIn.email, { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel(this.m.auth.signIn.password, { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole("button", { name: this.m.auth.signIn.submit, exact: true });
  }

  /** The form's alert with the server's reason. */
  get failure(): Locator {
    return this.page.getByRole("alert").filter({ hasText: this.m.auth.signIn.failed });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  get header(): Locator {
    return this.page.getByRole("banner");
  }

  get nav(): Locator {
    return this.header.getByRole("navigation", { name: this.m.app.mainNav });
  }

  /** The header's button with the signed-in user's name. */
  userMenu(name: string): Locator {
    return this.header.getByRole("button", { name, exact: true });
  }

  async signOut(name: string): Promise<void> {
    await this.userMenu(name).click();
    await this.header.getByRole("button", { name: this.m.auth.menu.signOut }).click();
    await this.page.waitForURL((url) => url.pathname === "/sign-in");
    await this.heading.waitFor();
  }
}

/** Whether `locator` holds the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
