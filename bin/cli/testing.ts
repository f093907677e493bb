// Test helpers for the command line: a temp folder of real files and an io that records output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "./io";
import { run } from "./main";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export function repoFile(path: string): string {
  return readFileSync(join(REPO, path), "utf8");
}

/** A fresh temp folder; `write` puts files in it, `cleanup` removes it. */
export function tempFolder() {
  const dir = mkdtempSync(join(tmpdir(), "huaben-cli-"));
  return {
    dir,
    write(name: string, content: string | object): string {
      writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
      return name;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type CliRun = { code: number; stdout: string; stderr: string; json: () => unknown };

/** Runs the command line in `cwd` with real files; LANG=en so the report's own words are English. */
export async function runCli(argv: string[], { cwd, isTTY = false, env = { LANG: "en_GB.UTF-8" } }: { cwd: string; isTTY?: boolean; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    readFile: (path) => readFile(path, "utf8"),
    cwd,
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
