import fs from "node:fs";

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
