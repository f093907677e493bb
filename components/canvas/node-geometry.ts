import type { ScriptNode } from "@/lib/script/nodes";
import { rulesOf } from "@/lib/script/condition";
import { portsOf } from "@/lib/script/ports";

// Every element is drawn to a size and with handles that follow from its content alone, so React
// Flow knows where each one is and where its flows attach without drawing it first. That is what
// lets a 1,000-element script draw only the elements on screen (React Flow otherwise renders every
// node once just to measure it). The node views take their section heights from here too.

export const NODE_WIDTH = 260;
export const HANDLE_SIZE = 12;

export const SIZES = {
  border: 1,
  padTop: 6,
  padBottom: 8,
  header: 24,
  label: 24,
  gap: 4,
  line: 20,
  note: 16,
  meta: 20,
  row: 22,
  outcome: 22,
} as const;

export type HandleBox = { id: string | null; type: "source" | "target"; position: "left" | "right"; x: number; y: number; width: number; height: number };

export type Geometry = {
  width: number;
  height: number;
  /** Top of the body (below header and label), from the top of the card. */
  bodyTop: number;
  /** Vertical centre of each output, by port id, from the top of the card. */
  ports: Record<string, number>;
  handles: HandleBox[];
};

const rowsBlock = (count: number) => count * (SIZES.gap + SIZES.row);
const textBlock = (lines: number) => lines * SIZES.line;

/** Heights of the parts of an element's body, top to bottom, and where its output rows start. */
export function bodyOf(node: ScriptNode): { height: number; rowsTop: number } {
  switch (node.kind) {
    case "statement":
      return { height: textBlock(3), rowsTop: -1 };
    case "choice": {
      const top = textBlock(2) + (node.mode === "multi" ? SIZES.note : 0);
      return { height: top + rowsBlock(node.answers.length), rowsTop: top };
    }
    case "input":
      return { height: (node.text ? textBlock(2) + SIZES.gap : 0) + SIZES.meta, rowsTop: -1 };
    case "action": {
      const top = SIZES.meta + (node.text ? SIZES.gap + textBlock(2) : 0);
      return { height: top + rowsBlock(2), rowsTop: top };
    }
    case "condition": {
      const rules = rulesOf(node.rules).length;
      const top = SIZES.note + Math.min(rules, 4) * SIZES.note + (rules > 4 ? SIZES.note : 0);
      return { height: top + rowsBlock(2), rowsTop: top };
    }
    case "exit":
      return { height: SIZES.outcome + (node.text ? SIZES.gap + textBlock(2) : 0), rowsTop: -1 };
  }
}

export function geometryOf(node: ScriptNode): Geometry {
  const bodyTop = SIZES.border + SIZES.padTop + SIZES.header + (node.label ? SIZES.label : 0) + SIZES.gap;
  const body = bodyOf(node);
  const height = bodyTop + body.height + SIZES.padBottom + SIZES.border;
  const half = HANDLE_SIZE / 2;
  const ports: Record<string, number> = {};
  const handles: HandleBox[] = [{ id: null, type: "target", position: "left", x: -half, y: height / 2 - half, width: HANDLE_SIZE, height: HANDLE_SIZE }];
  portsOf(node).forEach((port, i) => {
    const centre = body.rowsTop < 0 ? height / 2 : bodyTop + body.rowsTop + i * (SIZES.gap + SIZES.row) + SIZES.gap + SIZES.row / 2;
    ports[port] = centre;
    handles.push({ id: port, type: "source", position: "right", x: NODE_WIDTH - half, y: centre - half, width: HANDLE_SIZE, height: HANDLE_SIZE });
  });
  return { width: NODE_WIDTH, height, bodyTop, ports, handles };
}
