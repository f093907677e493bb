import type { WalkStep } from "../runtime/types";
import type { ScriptDocument } from "../script/document";
import { edgeId } from "./edge-id";

export type CoverageShare = {
  /** Ids walked at least once, in the document's order. */
  walked: string[];
  /** Ids never walked, in the document's order. */
  missed: string[];
  total: number;
  /** walked / total; 1 when there is nothing to walk. */
  ratio: number;
};

export type Coverage = { nodes: CoverageShare; edges: CoverageShare };

/**
 * The share of the script's elements and flows that the given walks pass (edge ids as
 * `edgeId(from, port)`). A step counts its flow when it left by a port that has one.
 */
export function coverage(script: ScriptDocument, walks: readonly (readonly WalkStep[])[]): Coverage {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const walk of walks) {
    for (const s of walk) {
      nodes.add(s.nodeId);
      if (s.port !== undefined) edges.add(edgeId(s.nodeId, s.port));
    }
  }
  const edgeIds = [...new Set(script.edges.map((e) => edgeId(e.from, e.port)))];
  return { nodes: share(script.nodes.map((n) => n.id), nodes), edges: share(edgeIds, edges) };
}

function share(all: readonly string[], seen: ReadonlySet<string>): CoverageShare {
  const walked = all.filter((id) => seen.has(id));
  const missed = all.filter((id) => !seen.has(id));
  return { walked, missed, total: all.length, ratio: all.length === 0 ? 1 : walked.length / all.length };
}
