import type { Edge as FlowEdgeBase, Node } from "@xyflow/react";
import type { ElementKind, Locale } from "@/lib/script/enums";
import type { NodeOfKind } from "@/lib/script/nodes";
import type { Stage } from "@/lib/script/parts";
import type { StageColor } from "./stage-colors";
import type { ProblemCounts } from "@/components/lint/lint-context";
import type { HighlightMark } from "./highlight-context";

// A map over the kinds rather than a generic: TypeScript treats a type parameter used inside a
// conditional type (NodeOfKind) as invariant, which would make each kind's data unassignable to
// the general one.
type ElementDataMap = {
  [K in ElementKind]: {
    node: NodeOfKind<K>;
    stage: Stage | null;
    color: StageColor;
    isEntry: boolean;
    locale: Locale;
    /** Lint findings on the element by severity; null when there are none. */
    problems: ProblemCounts | null;
    /** How a highlight (a walk, a path, coverage) draws the element; null when none is shown. */
    mark: HighlightMark;
    /** Reviewers' open comments on the element (0 for none). */
    comments: number;
  };
};

export type ElementData = ElementDataMap[ElementKind];
export type ElementFlowNode<K extends ElementKind = ElementKind> = Node<ElementDataMap[K], K>;

export type LaneData = { stage: Stage; color: StageColor; width: number; height: number };
export type LaneFlowNode = Node<LaneData, "lane">;

export type FlowNode = ElementFlowNode | LaneFlowNode;
/** `negative`: an error or "no" branch; `mark`: how a highlight draws the flow. */
export type FlowEdgeData = { negative: boolean; mark: HighlightMark };
export type FlowEdge = FlowEdgeBase<FlowEdgeData>;

export const LANE_PREFIX = "lane:";

/** React Flow's id of the edge leaving `from` through `port`: an output leads to one place. */
export function edgeId(from: string, port: string): string {
  return `${from}\u2192${port}`;
}

export function parseEdgeId(id: string): { from: string; port: string } | null {
  const at = id.indexOf("\u2192");
  return at < 0 ? null : { from: id.slice(0, at), port: id.slice(at + 1) };
}
