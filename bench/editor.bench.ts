import path from "node:path";
import type { Page } from "playwright-core";
import { CATALOGUES } from "../lib/i18n/catalogues";
import { generateScript } from "../test/builders/generate-script";
import { buildApp, startApp } from "../test/support/app-server";
import { launchChromium } from "../test/support/chromium";
import { apiFetch, signInContext } from "../test/support/session";
import { median, recordFrames, round, waitForElements, waitForInitialView, type FrameStats } from "./frames";

// The editor on a generated 1,000-element script, next to the same editor on a seeded
// 24-element script measured in the same run (the baseline), in headless Chromium (software
// rendering, as on these machines).
//   firstViewMs   navigation start until the canvas has set its first view and drawn every
//                 element in it (what a designer waits for when opening a script);
//   allDrawnMs    "Zoom to fit" until every element of the script is drawn and measured;
//   *Fps, *P95Ms  frames per second, and the 95th-percentile frame time, while panning the canvas
//                 or dragging an element; "fit" = with the whole script on screen.

const SIZE = 1000;
const RUNS = 3;
const STEPS = 60;
const OUT = path.join(process.cwd(), "test-results", "bench");
const zh = CATALOGUES["zh-CN"];

async function createScript(baseURL: string, document: unknown): Promise<string> {
  const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ document }) };
  const response = await apiFetch(baseURL, "/api/v1/scripts", init);
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function gesture(page: Page, from: { x: number; y: number }, delta: { x: number; y: number }): Promise<FrameStats> {
  const frames = await recordFrames(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) await page.mouse.move(from.x + (delta.x * i) / STEPS, from.y + (delta.y * i) / STEPS);
  await page.mouse.up();
  return frames.stop();
}

async function panFrom(page: Page): Promise<FrameStats> {
  const pane = await page.locator(".react-flow__pane").boundingBox();
  if (!pane) throw new Error("no canvas");
  // Bottom right of the canvas, left of the minimap: empty pane in both scripts' first view.
  return gesture(page, { x: pane.x + pane.width * 0.55, y: pane.y + pane.height - 30 }, { x: -250, y: -150 });
}

async function dragElement(page: Page): Promise<FrameStats> {
  const node = await page.locator(".react-flow__node:not(.react-flow__node-lane)").first().boundingBox();
  if (!node) throw new Error("no element to drag");
  return gesture(page, { x: node.x + node.width / 2, y: node.y + 8 }, { x: 160, y: 90 });
}

async function measure(page: Page, scriptId: string, count: number, name: string) {
  const url = `/scripts/${scriptId}/edit`;
  const views: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url, { waitUntil: "commit" });
    views.push(await waitForInitialView(page));
  }
  await page.screenshot({ path: path.join(OUT, `editor-${name}-first-view.png`) });
  const idle = await recordFrames(page);
  await page.waitForTimeout(1000);
  const idleStats = await idle.stop();
  const pan = await panFrom(page);
  const drag = await dragElement(page);

  const before = (await page.evaluate("performance.now()")) as number;
  await page.getByRole("button", { name: zh.editor.toolbar.fit, exact: true }).click();
  const allDrawn = (await waitForElements(page, count)) - before;
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `editor-${name}-fit.png`) });
  const panFit = await panFrom(page);
  return { firstView: median(views), allDrawn, idle: idleStats, pan, drag, panFit };
}

export async function run() {
  buildApp();
  const app = await startApp({ logDir: OUT });
  const browser = await launchChromium({ baseURL: app.baseURL, viewport: { width: 1440, height: 900 } });
  try {
    await signInContext(browser.context, app.baseURL);
    const page = await browser.context.newPage();
    const big = generateScript(SIZE, "bench-1000");
    const bigId = await createScript(app.baseURL, big);
    const baseline = await measure(page, "example-outbound-upgrade", 24, "24");
    const large = await measure(page, bigId, big.nodes.length, "1000");
    return {
      elements: big.nodes.length,
      firstViewMs: round(large.firstView, 0),
      baselineFirstViewMs: round(baseline.firstView, 0),
      firstViewRatio: round(large.firstView / baseline.firstView, 2),
      allDrawnMs: round(large.allDrawn, 0),
      baselineAllDrawnMs: round(baseline.allDrawn, 0),
      idleFps: round(large.idle.fps),
      panFps: round(large.pan.fps),
      panP95Ms: round(large.pan.p95FrameMs),
      dragFps: round(large.drag.fps),
      dragP95Ms: round(large.drag.p95FrameMs),
      panFitFps: round(large.panFit.fps),
      baselineIdleFps: round(baseline.idle.fps),
      baselinePanFps: round(baseline.pan.fps),
      baselineDragFps: round(baseline.drag.fps),
      panFpsRatio: round(large.pan.fps / baseline.pan.fps, 2),
      dragFpsRatio: round(large.drag.fps / baseline.drag.fps, 2),
      targets: "firstViewMs and allDrawnMs <= 1500; pan and drag >= 50 fps",
    };
  } finally {
    await browser.close();
    app.stop();
  }
}
