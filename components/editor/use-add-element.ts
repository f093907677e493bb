"use client";

import { useCallback } from "react";
import { useTranslations } from "use-intl";
import type { ElementKind } from "@/lib/script/enums";
import { addNode, type Position } from "@/lib/script/commands/nodes";
import { newNode } from "@/lib/editor/new-node";
import { useCanvasControls } from "@/components/canvas/canvas-controls";
import { useEditorStore } from "./editor-context";

const STEP = 32;

/** Near `wanted`, a spot no element already sits on, so elements added in a row do not hide each other. */
function freeSpot(positions: Readonly<Record<string, Position>>, wanted: Position): Position {
  const taken = Object.values(positions);
  let spot = wanted;
  while (taken.some((p) => Math.abs(p.x - spot.x) < STEP / 2 && Math.abs(p.y - spot.y) < STEP / 2)) {
    spot = { x: spot.x + STEP, y: spot.y + STEP };
  }
  return spot;
}

/**
 * Adds an element of a kind and selects it. Its stage is the band it was dropped into, else the
 * stage of the selected element, else the first stage.
 */
export function useAddElement() {
  const store = useEditorStore();
  const canvas = useCanvasControls();
  const t = useTranslations("editor.newWords");

  return useCallback(
    (kind: ElementKind, position?: Position, stageId?: string | null) => {
      const { doc, selection, dispatch, select } = store.getState();
      const selected = doc.nodes.find((n) => n.id === selection[0]);
      const selectedStage = selected && selected.kind !== "exit" ? selected.stageId : null;
      const firstStage = [...doc.stages].sort((a, b) => a.order - b.order)[0]?.id ?? null;
      const stage = stageId ?? selectedStage ?? firstStage;
      const words = { yes: t("yes"), no: t("no"), actionLabel: t("actionLabel"), fieldLabel: t("fieldLabel") };
      const made = newNode(doc, kind, stage, words);
      const at = position ?? freeSpot(doc.layout.positions, canvas.centre());
      dispatch(addNode, { node: made.node, variables: made.variables, position: at }, { label: "addNode" });
      select([made.node.id]);
    },
    [store, canvas, t],
  );
}
