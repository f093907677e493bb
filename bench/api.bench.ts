import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EXAMPLE_SCRIPTS } from "../lib/examples/index";
import { buildApp, startApp } from "../test/support/app-server";
import { apiFetch } from "../test/support/session";

// GET of a live script by an agent system, under load from autocannon (its own process), against
// a bare Node http server (also its own process) sending the same bytes and headers. Same run,
// same machine, one after the other; the bare server is measured before and after the app and
// its mean is the baseline.
//   appRps, baselineRps, ratio   requests/s of GET /api/v1/published/<slug> with a token (200)
//   app304Rps, baseline304Rps    the same with If-None-Match: the ETag (304, no body)
//   p99Ms                        99th-percentile latency of the app's 200s
// Target: ratio ≥ 0.5, and the app's 304s faster than its 200s.

const CONNECTIONS = 10;
const SECONDS = 8;
const OUT = path.join(process.cwd(), "test-results", "bench");
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

type Load = { rps: number; p99: number; non2xx: number; errors: number };

function load(url: string, headers: Record<string, string>): Load {
  const args = [path.join(process.cwd(), "node_modules/autocannon/autocannon.js"), "-c", String(CONNECTIONS), "-d", String(SECONDS), "-j"];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  const run = spawnSync(process.execPath, [...args, url], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number };
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function post<T>(baseURL: string, pathname: string, body: unknown, role: "designer" | "approver" | "admin"): Promise<T> {
  const response = await apiFetch(baseURL, pathname, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, role);
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function publishedScript(baseURL: string): Promise<{ slug: string; token: string }> {
  const script = await post<{ id: string; slug: string }>(baseURL, "/api/v1/scripts", { document: EXAMPLE_SCRIPTS[1]!.document }, "designer");
  const candidate = await post<{ id: string }>(baseURL, `/api/v1/scripts/${script.id}/submit`, { acknowledged: [] }, "designer");
  await post(baseURL, `/api/v1/candidates/${candidate.id}/approve`, {}, "approver");
  await post(baseURL, `/api/v1/candidates/${candidate.id}/publish`, { note: "bench" }, "designer");
  const { token } = await post<{ token: string }>(baseURL, "/api/v1/tokens", { name: "bench" }, "admin");
  return { slug: script.slug, token };
}

async function startBare(file: string, etag: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "bench/bare-server.mjs"), file, etag], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(/listening (\d+)/.exec(chunk.toString())?.[1] ?? ""));
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

export async function run() {
  buildApp();
  const app = await startApp({ logDir: OUT });
  try {
    const { slug, token } = await publishedScript(app.baseURL);
    const url = `${app.baseURL}/api/v1/published/${slug}`;
    const first = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const etag = first.headers.get("etag")!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "huaben-bench-")), "live.json");
    fs.writeFileSync(file, Buffer.from(await first.arrayBuffer()));
    const bare = await startBare(file, etag);
    try {
      const auth = { authorization: `Bearer ${token}` };
      load(url, auth); // warm-up: JIT and SQLite page cache
      const before = load(bare.url, auth);
      const app200 = load(url, auth);
      const app304 = load(url, { ...auth, "if-none-match": etag });
      const bare304 = load(bare.url, { ...auth, "if-none-match": etag });
      const after = load(bare.url, auth);
      const baseline = (before.rps + after.rps) / 2;
      if (app200.non2xx > 0 || app200.errors > 0) throw new Error(`the app answered ${app200.non2xx} non-2xx and ${app200.errors} errors`);
      return {
        bytes: fs.statSync(file).size,
        connections: CONNECTIONS,
        seconds: SECONDS,
        appRps: round(app200.rps, 0),
        baselineRps: round(baseline, 0),
        ratio: round(app200.rps / baseline),
        app304Rps: round(app304.rps, 0),
        baseline304Rps: round(bare304.rps, 0),
        ratio304: round(app304.rps / bare304.rps),
        app304VsApp200: round(app304.rps / app200.rps),
        p99Ms: app200.p99,
        p99Ms304: app304.p99,
        baselineSpread: round(Math.abs(before.rps - after.rps) / baseline),
      };
    } finally {
      bare.stop();
    }
  } finally {
    app.stop();
  }
}
