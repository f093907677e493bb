import type { Locator, Page } from "playwright-core";
import type { Role } from "@/lib/access/roles";
import { CATALOGUES, type Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

type Key = Parameters<ReturnType<typeof translator>>[0];
type Section = "users" | "tokens" | "audit";

/** The admin pages (/admin/users, /admin/tokens, /admin/audit) as an admin sees them. */
export class AdminPage {
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

  /** Opens a section and waits until its table (or empty state) has arrived. */
  async goto(section: Section, query = ""): Promise<void> {
    await this.page.goto(`/admin/${section}${query}`);
    await this.page.getByRole("heading", { level: 1, name: this.m.admin[section].heading }).waitFor();
    await this.page.locator('[aria-busy="true"]').waitFor({ state: "detached" });
  }

  table(section: Section): Locator {
    return this.page.getByRole("table", { name: this.m.admin[section].tableCaption });
  }

  /** A row of the users or tokens table, by text it holds (an email, a token's name). */
  row(section: "users" | "tokens", text: string): Locator {
    return this.table(section).getByRole("row").filter({ hasText: text });
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  button(name: string, scope: Locator | Page = this.page): Locator {
    return scope.getByRole("button", { name, exact: true });
  }

  /** The secret a dialog shows once. */
  async secret(dialog: Locator): Promise<string> {
    return ((await dialog.locator("[data-secret]").textContent()) ?? "").trim();
  }

  roleName(role: Role): string {
    return this.m.admin.roles[role];
  }

  /** The role chips of a user's row, in order. */
  async roles(email: string): Promise<string[]> {
    return this.row("users", email).getByRole("listitem").allTextContents();
  }

  /** Sets the role checkboxes of the open user dialog to exactly `roles`. */
  async setRoles(dialog: Locator, roles: Role[]): Promise<void> {
    for (const role of ["designer", "approver", "admin"] as const) {
      await dialog.getByRole("checkbox", { name: this.roleName(role) }).setChecked(roles.includes(role));
    }
  }
}
