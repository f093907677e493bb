import type { Position } from "@/lib/script/commands/nodes";
import { DEFAULT_NODE_SIZE, type Size } from "@/lib/editor/auto-layout";
import { LANE_PREFIX, type ElementFlowNode, type LaneFlowNode } from "./flow-types";
import type { StageInfo } from "./to-flow-nodes";

const PAD = 24;
const HEADER = 36;

/**
 * A tinted band behind each stage's elements, spanning the stage's columns and the whole height
 * of the script, so the reading order of the stages shows at a glance.
 */
export function stageLanes(nodes: readonly ElementFlowNode[], stages: StageInfo): LaneFlowNode[] {
  if (nodes.length === 0) return [];
  let top = Infinity;
  let bottom = -Infinity;
  const spans = new Map<string, { left: number; right: number }>();
  for (const flow of nodes) {
    const size: Size = flow.measured?.width && flow.measured.height ? { width: flow.measured.width, height: flow.measured.height } : DEFAULT_NODE_SIZE;
    const p: Position = flow.position;
    top = Math.min(top, p.y);
    bottom = Math.max(bottom, p.y + size.height);
    const stageId = flow.data.node.kind === "exit" ? null : flow.data.node.stageId;
    if (stageId === null) continue;
    const span = spans.get(stageId);
    spans.set(stageId, { left: Math.min(span?.left ?? Infinity, p.x), right: Math.max(span?.right ?? -Infinity, p.x + size.width) });
  }
  const lanes: LaneFlowNode[] = [];
  for (const [stageId, span] of spans) {
    const info = stages.get(stageId);
    if (!info) continue;
    const width = span.right - span.left + 2 * PAD;
    const height = bottom - top + 2 * PAD + HEADER;
    lanes.push({
      id: `${LANE_PREFIX}${stageId}`,
      type: "lane",
      position: { x: span.left - PAD, y: top - PAD - HEADER },
      data: { stage: info.stage, color: info.color, width, height },
      width,
      height,
      zIndex: -1,
      selectable: false,
      draggable: false,
      focusable: false,
      connectable: false,
      style: { pointerEvents: "none" },
    });
  }
  return lanes;
}
