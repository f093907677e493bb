"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Elements and flows to draw highlighted on the canvas, over the script: a walk in the player
 * (what it passed, where it is), and later a path chosen in the path list or the coverage of the
 * saved scenarios. While a highlight is shown, everything outside it is drawn faded, so what was
 * not walked (or not covered) stands out as well.
 *
 * - `nodes`: element ids to draw as walked / covered;
 * - `edges`: flow ids, `from→port` (lib/simulate/edge-id.ts, the canvas's own edge ids);
 * - `current`: one element to emphasise (where a walk is now), or null.
 *
 * Give the provider `null` to draw the script plainly. The canvas turns a highlight into one mark
 * per element and flow (`nodeMark`, `edgeMark`), and remakes only the elements and flows whose mark changed, so
 * a step of a walk re-renders two or three elements, not a thousand. A producer should keep the
 * same object while nothing changes (memoise it), since a new object re-checks every element.
 */
export type CanvasHighlight = {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  current: string | null;
};

/** How one element or flow is drawn under a highlight; null when no highlight is shown. */
export type HighlightMark = "current" | "lit" | "faded" | null;

const HighlightContext = createContext<CanvasHighlight | null>(null);

export function CanvasHighlightProvider({ value, children }: { value: CanvasHighlight | null; children: ReactNode }) {
  return <HighlightContext.Provider value={value}>{children}</HighlightContext.Provider>;
}

export function useCanvasHighlight(): CanvasHighlight | null {
  return useContext(HighlightContext);
}

export function nodeMark(highlight: CanvasHighlight | null, id: string): HighlightMark {
  if (!highlight) return null;
  if (highlight.current === id) return "current";
  return highlight.nodes.has(id) ? "lit" : "faded";
}

export function edgeMark(highlight: CanvasHighlight | null, id: string): HighlightMark {
  if (!highlight) return null;
  return highlight.edges.has(id) ? "lit" : "faded";
}
