import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import type { Stage } from "@/lib/script/parts";
import type { Position } from "@/lib/script/commands/nodes";
import type { Size } from "@/lib/editor/auto-layout";
import { NO_STAGE_COLOR, stageColor, type StageColor } from "./stage-colors";
import { geometryOf } from "./node-geometry";
import type { ElementFlowNode } from "./flow-types";
import type { ProblemCounts } from "@/components/lint/lint-context";
import { nodeMark, type CanvasHighlight } from "./highlight-context";

export type StageInfo = ReadonlyMap<string, { stage: Stage; color: StageColor }>;

export function stageInfoOf(stages: readonly Stage[]): StageInfo {
  return new Map([...stages].sort((a, b) => a.order - b.order).map((stage, i) => [stage.id, { stage, color: stageColor(i) }]));
}

export type NodeInputs = {
  doc: ScriptDocument;
  selection: ReadonlySet<string>;
  drag: Readonly<Record<string, Position>> | null;
  /** Sizes React Flow measured; read when a node object is made, never a reason to remake one. */
  sizes: ReadonlyMap<string, Size>;
  stages: StageInfo;
  problems: ReadonlyMap<string, ProblemCounts>;
  /** A walk, path or coverage to draw over the script; null for none. */
  highlight: CanvasHighlight | null;
  /** Reviewers' open comments per element; absent outside the editor's review. */
  comments?: ReadonlyMap<string, number>;
};

const ORIGIN: Position = { x: 0, y: 0 };

/**
 * Maps the document to React Flow nodes, reusing the previous node object whenever nothing that
 * feeds it changed. React Flow and the memoised node views then re-render only what moved or
 * changed: one node while dragging, not a thousand.
 *
 * Measured sizes are not a dependency: React Flow keeps the size it measured for a node object it
 * has seen before, so a measurement must not remake a thousand objects (a second full render of a
 * large script). `recordSize` writes a new size into the existing object instead, so that when the
 * node is remade for a real change it carries its size and does not blink while re-measured.
 */
export function createNodeMapper() {
  const cache = new Map<string, { deps: unknown[]; flow: ElementFlowNode }>();
  function toFlowNodes({ doc, selection, drag, sizes, stages, problems, highlight, comments }: NodeInputs): ElementFlowNode[] {
    const seen = new Set<string>();
    const out = doc.nodes.map((node: ScriptNode, index) => {
      seen.add(node.id);
      const position = drag?.[node.id] ?? doc.layout.positions[node.id] ?? fallbackPosition(index);
      const info = node.kind === "exit" || node.stageId === null ? undefined : stages.get(node.stageId);
      const selected = selection.has(node.id);
      const isEntry = doc.entry === node.id;
      const counts = problems.get(node.id) ?? null;
      // The mark, not the highlight, is the dependency: a step of a walk remakes only the elements it changes.
      const mark = nodeMark(highlight, node.id);
      const commentCount = comments?.get(node.id) ?? 0;
      const deps = [node, position, info, selected, isEntry, doc.locale, counts, mark, commentCount];
      const hit = cache.get(node.id);
      if (hit && hit.deps.every((d, i) => d === deps[i])) return hit.flow;
      // The geometry tells React Flow the size and the handles before anything is drawn, so
      // elements off screen are never rendered at all.
      const geometry = hit?.deps[0] === node ? null : geometryOf(node);
      const flow = {
        id: node.id,
        type: node.kind,
        position,
        selected,
        measured: sizes.get(node.id) ?? (geometry ? { width: geometry.width, height: geometry.height } : hit?.flow.measured),
        handles: geometry?.handles ?? hit?.flow.handles,
        data: { node, stage: info?.stage ?? null, color: info?.color ?? NO_STAGE_COLOR, isEntry, locale: doc.locale, problems: counts, mark, comments: commentCount },
      } as ElementFlowNode;
      cache.set(node.id, { deps, flow });
      return flow;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return out;
  }
  function recordSize(id: string, size: Size) {
    const hit = cache.get(id);
    if (hit) hit.flow.measured = size;
  }
  return { toFlowNodes, recordSize };
}

// Elements without a stored position (an imported script) fall into a readable grid.
function fallbackPosition(index: number): Position {
  return index === 0 ? ORIGIN : { x: (index % 6) * 320, y: Math.floor(index / 6) * 220 };
}
