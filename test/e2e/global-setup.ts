import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium-path";

// Builds the production app, starts it on a free port against a fresh database, and hands the
// address to the tests. The tests therefore exercise exactly what `npm run build && npm start` runs.

const DIST_DIR = ".next-e2e";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    artifactsDir: string;
  }
}

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
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  chromiumPath();
  const root = process.cwd();
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };

  if (process.env.HUABEN_E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) {
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "huaben-e2e-"));
  const artifactsDir = path.join(root, "test-results", "e2e");
  fs.mkdirSync(artifactsDir, { recursive: true });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(artifactsDir, "server.log"), "w");
  // detached: the server gets its own process group, so teardown can stop next-server as well.
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, DATABASE_URL: path.join(dataDir, "huaben.db"), NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    detached: true,
  });

  try {
    await waitForServer(`${baseURL}/api/v1/schema/script.json`, child, 60_000);
  } catch (error) {
    stop(child);
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("artifactsDir", artifactsDir);

  return () => {
    stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

function stop(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
