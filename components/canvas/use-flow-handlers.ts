"use client";

import type { Connection, Edge as RFEdge, EdgeChange, NodeChange, OnBeforeDelete } from "@xyflow/react";
import { useCallback } from "react";
import type { Position } from "@/lib/script/commands/nodes";
import { connect, disconnect } from "@/lib/script/commands/edges";
import { moveNodes, removeNodes } from "@/lib/script/commands/nodes";
import type { Command } from "@/lib/editor/commands";
import type { Size } from "@/lib/editor/auto-layout";
import { useEditorStore } from "@/components/editor/editor-context";
import { LANE_PREFIX, parseEdgeId, type FlowEdge, type FlowNode } from "./flow-types";

// The one place React Flow's change model meets the document: measurements and selection stay
// session state, drags become one move on drop, connections and deletions become commands.

type Removal = { nodes: string[]; edges: { from: string; port: string }[] };

const removeElements: Command<Removal> = (doc, args) =>
  removeNodes(args.edges.reduce((d, e) => disconnect(d, e), doc), { ids: args.nodes });

const rewire: Command<{ old: { from: string; port: string }; from: string; port: string; to: string }> = (doc, args) =>
  connect(args.old.from === args.from && args.old.port === args.port ? doc : disconnect(doc, args.old), args);

/** Where measured sizes go: recorded in place, then one signal that sizes changed. */
export type SizeSink = { record(id: string, size: Size): void; changed(): void };

export function useFlowHandlers(sizes: SizeSink, onEntryKept: () => void) {
  const store = useEditorStore();

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      const measured: [string, Size][] = [];
      const dragging: Record<string, Position> = {};
      const dropped: Record<string, Position> = {};
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if ("id" in change && change.id.startsWith(LANE_PREFIX)) continue;
        if (change.type === "dimensions" && change.dimensions) measured.push([change.id, change.dimensions]);
        else if (change.type === "position" && change.position) (change.dragging ? dragging : dropped)[change.id] = change.position;
        else if (change.type === "select") {
          selection ??= new Set(state.selection);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (measured.length > 0) {
        for (const [id, size] of measured) sizes.record(id, size);
        sizes.changed();
      }
      if (Object.keys(dragging).length > 0) state.setDrag({ ...state.drag, ...dragging });
      if (Object.keys(dropped).length > 0) {
        if (state.drag) {
          state.setDrag({ ...state.drag, ...dropped });
          store.getState().commitDrag();
        } else {
          // Arrow-key nudges: a run of them on the same elements is one step.
          state.dispatch(moveNodes, { positions: dropped }, { label: "moveNodes", burst: `nudge:${Object.keys(dropped).join(",")}` });
        }
      }
      if (selection) state.select([...selection], state.selectedEdges);
    },
    [store, sizes],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      let edges: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== "select") continue;
        edges ??= new Set(state.selectedEdges);
        if (change.selected) edges.add(change.id);
        else edges.delete(change.id);
      }
      if (edges) state.select(state.selection, [...edges]);
    },
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.sourceHandle || c.source === c.target) return;
      store.getState().dispatch(connect, { from: c.source, port: c.sourceHandle, to: c.target }, { label: "connect" });
    },
    [store],
  );

  const onReconnect = useCallback(
    (old: RFEdge, c: Connection) => {
      const was = parseEdgeId(old.id);
      if (!was || !c.sourceHandle || c.source === c.target) return;
      store.getState().dispatch(rewire, { old: was, from: c.source, port: c.sourceHandle, to: c.target }, { label: "connect" });
    },
    [store],
  );

  // Deleting nodes and edges together is one step; the entry stays and the user is told why.
  const onBeforeDelete: OnBeforeDelete<FlowNode, FlowEdge> = useCallback(
    async ({ nodes, edges }) => {
      const entry = store.getState().doc.entry;
      const keep = nodes.filter((n) => n.id !== entry && !n.id.startsWith(LANE_PREFIX));
      if (keep.length !== nodes.filter((n) => !n.id.startsWith(LANE_PREFIX)).length) onEntryKept();
      const removal: Removal = {
        nodes: keep.map((n) => n.id),
        edges: edges.flatMap((e) => parseEdgeId(e.id) ?? []),
      };
      if (removal.nodes.length > 0 || removal.edges.length > 0) {
        store.getState().dispatch(removeElements, removal, { label: removal.nodes.length > 0 ? "deleteNodes" : "disconnect" });
        store.getState().select([], []);
      }
      return false;
    },
    [store, onEntryKept],
  );

  return { onNodesChange, onEdgesChange, onConnect, onReconnect, onBeforeDelete };
}

