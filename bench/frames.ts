import type { Page } from "playwright-core";

// In-page code is passed as text: tsx compiles functions with a `__name` helper that does not
// exist in the page, so a serialised function would fail there.
const START = `(() => {
  const w = window;
  w.__frameTimes = [];
  w.__framesRunning = true;
  const tick = (t) => {
    if (!w.__framesRunning) return;
    w.__frameTimes.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const STOP = `(() => {
  const w = window;
  w.__framesRunning = false;
  return w.__frameTimes;
})()`;

export type FrameStats = { fps: number; p95FrameMs: number };

/** Starts recording animation frames in the page; `stop()` says how smooth they were. */
export async function recordFrames(page: Page): Promise<{ stop: () => Promise<FrameStats> }> {
  await page.evaluate(START);
  return {
    stop: async () => {
      const times = (await page.evaluate(STOP)) as number[];
      const gaps = times.slice(1).map((t, i) => t - (times[i] as number)).sort((a, b) => a - b);
      const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
      return { fps: span > 0 ? ((times.length - 1) * 1000) / span : 0, p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0 };
    },
  };
}

const ELEMENTS = `document.querySelectorAll(".react-flow__node:not(.react-flow__node-lane)")`;

/** Resolves (to ms since navigation start) once the canvas has set its first view and drawn everything in it. */
export async function waitForInitialView(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    `(() => {
      if (!document.querySelector("[data-view-ready]")) return false;
      const nodes = ${ELEMENTS};
      if (nodes.length === 0) return false;
      for (const node of nodes) if (node.style.visibility === "hidden") return false;
      return performance.now();
    })()`,
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Resolves (to ms since navigation start) once `count` elements are drawn and measured. */
export async function waitForElements(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction(
    `(() => {
      const nodes = ${ELEMENTS};
      if (nodes.length < ${count}) return false;
      for (const node of nodes) if (node.style.visibility === "hidden") return false;
      return performance.now();
    })()`,
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
