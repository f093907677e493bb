import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (or CHROMIUM_PATH); a clear install hint when it is missing. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(", ")}). Install it with \`sudo apt-get install -y chromium\` ` +
        "or point CHROMIUM_PATH at a Chromium binary. Playwright's own browser download does not work on these machines.",
    );
  }
  return found;
}

// The flags keep Chromium off the network it cannot reach here (see ../shared/stack-notes.md).
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type LaunchedBrowser = { context: BrowserContext; close: () => Promise<void> };

/** A headless Chromium with a fresh profile that is deleted on close. */
export async function launchChromium(options: { baseURL: string; locale?: string; viewport?: { width: number; height: number } }): Promise<LaunchedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "huaben-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    baseURL: options.baseURL,
    locale: options.locale ?? "zh-CN",
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
