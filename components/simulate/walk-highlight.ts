import type { RuntimeState } from "@/lib/runtime";
import { edgeId } from "@/lib/simulate/edge-id";
import type { CanvasHighlight } from "@/components/canvas/highlight-context";

/** A walk as a canvas highlight: every element it passed and flow it took, and where it is now. */
export function walkHighlight(state: Pick<RuntimeState, "steps" | "nodeId">): CanvasHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const step of state.steps) {
    nodes.add(step.nodeId);
    if (step.port !== undefined) edges.add(edgeId(step.nodeId, step.port));
  }
  nodes.add(state.nodeId);
  return { nodes, edges, current: state.nodeId };
}
