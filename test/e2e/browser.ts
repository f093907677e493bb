import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import type { Role } from "../../lib/access/roles";
import { launchChromium } from "../support/chromium";
import { signInContext } from "../support/session";

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/**
 * A fresh browser profile per test file, pointed at the app the global setup started, signed in
 * as the demo account of `as` (a designer unless said otherwise; `null` for the anonymous visitor).
 */
export async function openBrowser(options: { locale?: string; viewport?: { width: number; height: number }; as?: Role | null } = {}): Promise<Browser> {
  const { context, close } = await launchChromium({ baseURL: inject("baseURL"), locale: options.locale, viewport: options.viewport });
  const role = options.as === undefined ? "designer" : options.as;
  if (role) await signInContext(context, inject("baseURL"), role);
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail within the test's time budget, with Playwright's call log, rather than at the test timeout.
  page.setDefaultTimeout(10_000);
  return { context, page, close };
}

/** Saves a screenshot under test-results/e2e/ for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(inject("artifactsDir"), `${name}.png`), fullPage: true });
}
