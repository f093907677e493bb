import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { launchChromium } from "../support/chromium";

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh browser profile per test file, pointed at the app the global setup started. */
export async function openBrowser(options: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const { context, close } = await launchChromium({ baseURL: inject("baseURL"), locale: options.locale, viewport: options.viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail within the test's time budget, with Playwright's call log, rather than at the test timeout.
  page.setDefaultTimeout(10_000);
  return { context, page, close };
}

/** Saves a screenshot under test-results/e2e/ for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(inject("artifactsDir"), `${name}.png`), fullPage: true });
}
