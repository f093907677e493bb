"use client";

import { useCallback, useState } from "react";
import { moveNodes } from "@/lib/script/commands/nodes";
import { autoLayout } from "@/lib/editor/auto-layout";
import { useCanvasControls } from "@/components/canvas/canvas-controls";
import { useEditorStore } from "./editor-context";

/** Auto-layout left to right by stage; ELK is loaded only when first used. One undo step. */
export function useArrange(onFailed: () => void) {
  const store = useEditorStore();
  const canvas = useCanvasControls();
  const [arranging, setArranging] = useState(false);
  const arrange = useCallback(async () => {
    setArranging(true);
    try {
      const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
      const doc = store.getState().doc;
      const positions = await autoLayout(doc, canvas.sizes(), new ELK());
      if (store.getState().doc !== doc) return; // edited meanwhile: do not lay out a stale picture
      store.getState().dispatch(moveNodes, { positions }, { label: "autoLayout" });
      requestAnimationFrame(() => canvas.fitView());
    } catch {
      onFailed();
    } finally {
      setArranging(false);
    }
  }, [store, canvas, onFailed]);
  return { arrange, arranging };
}
