import type { RuntimeState } from "@/lib/runtime";
import type { Coverage } from "@/lib/simulate/coverage";
import { edgeId } from "@/lib/simulate/edge-id";
import type { ScriptPath } from "@/lib/simulate/paths";
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

/** One path of the path list: its elements and flows, its exit emphasised. */
export function pathHighlight(path: Pick<ScriptPath, "nodeIds" | "edges" | "exitId">): CanvasHighlight {
  return { nodes: new Set(path.nodeIds), edges: new Set(path.edges), current: path.exitId };
}

/** The coverage of the saved scenarios: the elements and flows they walk; nothing emphasised. */
export function coverageHighlight(covered: Coverage): CanvasHighlight {
  return { nodes: new Set(covered.nodes.walked), edges: new Set(covered.edges.walked), current: null };
}
