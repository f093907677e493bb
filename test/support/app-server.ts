import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// Builds the production app and starts it on a free port against a fresh database: what the
// end-to-end tests and the benchmarks run against, exactly what `npm run build && npm start` serves.

export const DIST_DIR = ".next-e2e";

export type RunningApp = { baseURL: string; logFile: string; stop: () => void };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms`);
}

/** `next build` into DIST_DIR, unless HUABEN_E2E_SKIP_BUILD=1 and a build is already there. */
export function buildApp(root = process.cwd()): void {
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.HUABEN_E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) return;
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`);
}

/**
 * Starts the built app on a free port with a fresh database. Unless `env` says otherwise it has
 * the demo accounts (lib/access/demo-accounts.ts) that tests and benchmarks sign in with.
 */
export async function startApp(options: { logDir: string; root?: string; env?: Record<string, string> }): Promise<RunningApp> {
  const root = options.root ?? process.cwd();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "huaben-app-"));
  fs.mkdirSync(options.logDir, { recursive: true });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const logFile = path.join(options.logDir, options.env?.HUABEN_DEMO_ACCOUNTS === "0" ? "server-setup.log" : "server.log");
  const log = fs.openSync(logFile, "w");
  // detached: the server gets its own process group, so stopping it also stops next-server.
  // What `npm start` runs: bin/server.ts (Next, with the runtime API's fast path in front).
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bin/server.ts"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: path.join(dataDir, "huaben.db"), NODE_ENV: "production", HUABEN_DEMO_ACCOUNTS: "1", ...options.env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${baseURL}/api/v1/schema/script.json`, child, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, logFile, stop };
}
