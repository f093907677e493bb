"use client";

import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useCallback, useMemo, type ReactNode } from "react";
import type { Position } from "@/lib/script/commands/nodes";
import type { Size } from "@/lib/editor/auto-layout";

/** Wraps the editor so the toolbar, search and palette can steer the canvas. */
export function CanvasProvider({ children }: { children: ReactNode }) {
  return <ReactFlowProvider>{children}</ReactFlowProvider>;
}

export type CanvasControls = {
  fitView(): void;
  /** Brings an element into view and centres it. */
  focusNode(id: string): void;
  /** Pans (at the same zoom) to an element only when it is not already fully on screen. */
  revealNode(id: string): void;
  /** The canvas point at the middle of what is on screen, for elements added from the keyboard. */
  centre(): Position;
  sizes(): Map<string, Size>;
};

export function useCanvasControls(): CanvasControls {
  const flow = useReactFlow();
  const fitView = useCallback(() => void flow.fitView({ duration: 250, padding: 0.1 }), [flow]);
  const focusNode = useCallback(
    (id: string) => void flow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.1, minZoom: 0.6 }),
    [flow],
  );
  const revealNode = useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
      if (!node || !pane) return;
      const { x, y, zoom } = flow.getViewport();
      const at = node.internals.positionAbsolute;
      const width = (node.measured.width ?? 260) * zoom;
      const height = (node.measured.height ?? 100) * zoom;
      const left = at.x * zoom + x;
      const top = at.y * zoom + y;
      const margin = 24;
      if (left >= margin && top >= margin && left + width <= pane.width - margin && top + height <= pane.height - margin) return;
      void flow.setCenter(at.x + width / zoom / 2, at.y + height / zoom / 2, { zoom, duration: 300 });
    },
    [flow],
  );
  const centre = useCallback((): Position => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return { x: 0, y: 0 };
    const p = flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
    return { x: Math.round(p.x - 130), y: Math.round(p.y - 60) };
  }, [flow]);
  const sizes = useCallback(() => {
    const out = new Map<string, Size>();
    for (const node of flow.getNodes()) {
      if (node.type !== "lane" && node.measured?.width && node.measured.height) {
        out.set(node.id, { width: node.measured.width, height: node.measured.height });
      }
    }
    return out;
  }, [flow]);
  return useMemo(() => ({ fitView, focusNode, revealNode, centre, sizes }), [fitView, focusNode, revealNode, centre, sizes]);
}

/** Turns a point on the screen (a drop) into canvas coordinates. */
export function useScreenToCanvas(): (point: { x: number; y: number }) => Position {
  const flow = useReactFlow();
  return useCallback((point) => flow.screenToFlowPosition(point), [flow]);
}
