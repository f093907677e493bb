import { MarkerType } from "@xyflow/react";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import type { Edge } from "@/lib/script/parts";
import { edgeId, type FlowEdge } from "./flow-types";
import { edgeMark, type CanvasHighlight } from "./highlight-context";

/** Words for the fixed outputs, in the interface language. */
export type PortLabels = { ok: string; error: string; true: string; false: string };

const MARKER = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;
export const LIT_COLOR = "#059669";
const LIT_MARKER = { ...MARKER, color: LIT_COLOR } as const;

function labelOf(from: ScriptNode | undefined, port: string, words: PortLabels): string | undefined {
  switch (from?.kind) {
    case "choice":
      return from.answers.find((a) => a.id === port)?.label || port;
    case "action":
      return port === "ok" ? words.ok : words.error;
    case "condition":
      return port === "true" ? words.true : words.false;
    default:
      return undefined;
  }
}

/** Flows as React Flow edges, each labelled with the answer or branch it comes from; cached like nodes. */
export function createEdgeMapper() {
  const cache = new Map<string, { deps: unknown[]; flow: FlowEdge }>();
  return function toFlowEdges(doc: ScriptDocument, selected: ReadonlySet<string>, words: PortLabels, highlight: CanvasHighlight | null = null): FlowEdge[] {
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const seen = new Set<string>();
    const out = doc.edges.map((edge: Edge) => {
      const id = edgeId(edge.from, edge.port);
      seen.add(id);
      const from = nodes.get(edge.from);
      const isSelected = selected.has(id);
      const mark = edgeMark(highlight, id);
      const deps = [edge, from, isSelected, words, mark];
      const hit = cache.get(id);
      if (hit && hit.deps.every((d, i) => d === deps[i])) return hit.flow;
      const label = labelOf(from, edge.port, words);
      const flow: FlowEdge = {
        id,
        source: edge.from,
        sourceHandle: edge.port,
        target: edge.to,
        type: "labelled",
        selected: isSelected,
        markerEnd: mark === "lit" ? LIT_MARKER : MARKER,
        className: mark ? `mark-${mark}` : undefined,
        label,
        data: { negative: edge.port === "error" || edge.port === "false", mark },
        // Walked flows are drawn above the others, so a crossing never hides the path.
        zIndex: mark === "lit" ? 1 : 0,
      };
      cache.set(id, { deps, flow });
      return flow;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return out;
  };
}
