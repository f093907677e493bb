"use client";

import "@xyflow/react/dist/style.css";
import "./flow-overrides.css";
import { Background, Controls, MiniMap, Panel, ReactFlow, type EdgeTypes, type NodeTypes, type ReactFlowInstance, type ReactFlowState, getNodesBounds, getViewportForBounds, useStore } from "@xyflow/react";
import { useCallback, useMemo, useRef, useState, type DragEvent } from "react";
import { useTranslations } from "use-intl";
import { ELEMENT_KINDS, type ElementKind } from "@/lib/script/enums";
import type { Position } from "@/lib/script/commands/nodes";
import type { Size } from "@/lib/editor/auto-layout";
import { useEditor } from "@/components/editor/editor-context";
import { ELEMENT_VIEWS } from "./nodes/element-nodes";
import { LaneNode } from "./nodes/lane-node";
import { LabelledEdge } from "./edges/labelled-edge";
import { createNodeMapper, stageInfoOf } from "./to-flow-nodes";
import { createEdgeMapper, type PortLabels } from "./to-flow-edges";
import { stageLanes } from "./stage-lanes";
import { CanvasWordsProvider, CompactProvider, useCanvasWordsValue } from "./canvas-words";
import { StageLegend } from "./stage-legend";
import { useLint } from "@/components/lint/lint-context";
import { useEditorReview } from "@/components/review/editor-review-context";
import { useFlowHandlers } from "./use-flow-handlers";
import { useCanvasHighlight } from "./highlight-context";
import { useScreenToCanvas } from "./canvas-controls";
import type { ElementData, FlowEdge, FlowNode } from "./flow-types";

export const PALETTE_MIME = "application/x-huaben-kind";

const NODE_TYPES = { ...ELEMENT_VIEWS, lane: LaneNode } as unknown as NodeTypes;
const EDGE_TYPES: EdgeTypes = { labelled: LabelledEdge };
const MULTI_SELECT_KEYS = ["Shift", "Meta", "Control"];
const DELETE_KEYS = ["Delete", "Backspace"];
// Module constants, not inline objects: React Flow copies these props into its store whenever
// their identity changes (an inline `fitViewOptions` once overwrote the options of the search's
// pending `fitView({ nodes })`).
const DEFAULT_EDGE_OPTIONS = { type: "labelled" };
const PRO_OPTIONS = { hideAttribution: false };
/** Below this zoom the text cannot be read, so the editor opens on the start of the call instead. */
const READABLE_ZOOM = 0.45;
const START_ZOOM = 0.8;
const ENTRY_MARGIN = 80;

/** Below this zoom, element text is too small to read. */
const COMPACT_ZOOM = 0.3;
const isFarOut = (s: ReactFlowState) => s.transform[2] < COMPACT_ZOOM;

function miniMapColor(node: FlowNode): string {
  if (node.type === "lane") return "transparent";
  const data = node.data as ElementData;
  // Under a highlight the map shows the walk too: where it is, what it passed, the rest in grey.
  if (data.mark === "current") return "#dc2626";
  if (data.mark === "faded") return "#cbd5e1";
  return data.color.bar;
}

type Props = {
  /** An element kind dropped from the palette, with where and into which stage's band. */
  onDropKind: (kind: ElementKind, position: Position, stageId: string | null) => void;
  onEntryKept: () => void;
};

export function ScriptCanvas({ onDropKind, onEntryKept }: Props) {
  const t = useTranslations("editor");
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const selectedEdges = useEditor((s) => s.selectedEdges);
  const drag = useEditor((s) => s.drag);
  // Sizes live in one mutable map for the canvas's lifetime; `sizesSeen` only tells the stage
  // bands to refit, so a measurement never re-renders the elements themselves.
  const [sizes] = useState(() => new Map<string, Size>());
  const [sizesSeen, setSizesSeen] = useState(0);
  const [mapper] = useState(createNodeMapper);
  const [mapEdges] = useState(createEdgeMapper);
  const toCanvas = useScreenToCanvas();
  const sizeSink = useMemo(
    () => ({
      record: (id: string, size: Size) => {
        sizes.set(id, size);
        mapper.recordSize(id, size);
      },
      changed: () => setSizesSeen((n) => n + 1),
    }),
    [sizes, mapper],
  );
  const handlers = useFlowHandlers(sizeSink, onEntryKept);

  const stages = useMemo(() => stageInfoOf(doc.stages), [doc.stages]);
  const lint = useLint();
  const highlight = useCanvasHighlight();
  const comments = useEditorReview()?.counts;
  const selected = useMemo(() => new Set(selection), [selection]);
  const elementNodes = useMemo(
    () => mapper.toFlowNodes({ doc, selection: selected, drag, sizes, stages, problems: lint.counts, highlight, comments }),
    [mapper, doc, selected, drag, sizes, stages, lint.counts, highlight, comments],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- sizesSeen: sizes were written into the nodes
  const lanes = useMemo(() => stageLanes(elementNodes, stages), [elementNodes, stages, sizesSeen]);
  const compact = useStore(isFarOut);
  const nodes: FlowNode[] = useMemo(() => [...lanes, ...elementNodes], [lanes, elementNodes]);
  const canvasWords = useCanvasWordsValue();
  const words: PortLabels = canvasWords.ports;
  const selectedEdgeSet = useMemo(() => new Set(selectedEdges), [selectedEdges]);
  const edges = useMemo(() => mapEdges(doc, selectedEdgeSet, words, highlight), [mapEdges, doc, selectedEdgeSet, words, highlight]);

  // The whole script when it fits readably; otherwise the first elements of the call.
  const [viewReady, setViewReady] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  // The first view is set directly from the elements' positions and geometry, before anything is
  // measured: the whole script when it fits readably, otherwise the start of the call (the entry
  // at the left, at a comfortable zoom), where reading begins.
  const onInit = useCallback(
    (flow: ReactFlowInstance<FlowNode, FlowEdge>) => {
      const rect = frame.current?.getBoundingClientRect();
      if (rect && elementNodes.length > 0) {
        let view = getViewportForBounds(getNodesBounds(elementNodes), rect.width, rect.height, 0.05, 1, 0.1);
        const entry = elementNodes.find((n) => n.id === doc.entry);
        if (view.zoom < READABLE_ZOOM && entry) {
          const zoom = START_ZOOM;
          const middle = entry.position.y + (entry.measured?.height ?? 0) / 2;
          view = { x: ENTRY_MARGIN - entry.position.x * zoom, y: rect.height / 2 - middle * zoom, zoom };
        }
        void flow.setViewport(view);
      }
      setViewReady(true);
    },
    // Only the first view depends on the document; later edits must not move the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  function onDragOver(event: DragEvent) {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }

  function onDrop(event: DragEvent) {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as ElementKind;
    if (!(ELEMENT_KINDS as readonly string[]).includes(kind)) return;
    event.preventDefault();
    const point = toCanvas({ x: event.clientX, y: event.clientY });
    const lane = lanes.find((l) => point.x >= l.position.x && point.x <= l.position.x + l.data.width);
    onDropKind(kind, { x: Math.round(point.x - 130), y: Math.round(point.y - 30) }, lane?.data.stage.id ?? null);
  }

  return (
    <CanvasWordsProvider words={canvasWords}>
    <CompactProvider value={compact}>
    <div ref={frame} className="h-full w-full" onDragOver={onDragOver} onDrop={onDrop} data-view-ready={viewReady || undefined}>
      <ReactFlow<FlowNode, FlowEdge>
        aria-label={t("canvasLabel")}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        {...handlers}
        edgesReconnectable
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        deleteKeyCode={DELETE_KEYS}
        // Only what is on screen is in the DOM: a 1,000-element script pans and drags as smoothly
        // as a small one (every frame otherwise re-layers and hit-tests the whole graph).
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
        onInit={onInit}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} />
        <MiniMap pannable zoomable nodeColor={miniMapColor} />
        <Controls showInteractive={false} />
        <Panel position="top-left">
          <StageLegend stages={doc.stages} estimates={lint.report?.stages} call={lint.report?.call} />
        </Panel>
      </ReactFlow>
    </div>
    </CompactProvider>
    </CanvasWordsProvider>
  );
}
