import { createStore, type StoreApi } from "zustand/vanilla";
import type { ScriptDocument } from "../script/document";
import { moveNodes, type Position } from "../script/commands/nodes";
import type { Dispatch } from "./commands";
import { emptyHistory, record, redo, undo, type History } from "./history";

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "error" | "conflict";

export type SaveState = {
  status: SaveStatus;
  /** The server's revision of `savedDoc`: the base the next save names. */
  revision: number;
  /** The document as the server last accepted it. */
  savedDoc: ScriptDocument;
  /** Why the server refused the last save (it will not take it by retrying). */
  error: { message: string; issues: { pathText: string; message: string }[] } | null;
  /** The revision someone else saved, while a conflict is open. */
  conflictRevision: number | null;
};

export type EditorView = "canvas" | "json";
/** What the right-hand panel shows: the inspector of the selection, or the walk-through player. */
export type SidePanel = "inspector" | "player";

export type EditorState = {
  scriptId: string;
  /** The one document; everything the editor shows is derived from it. */
  doc: ScriptDocument;
  history: History;
  // Session state: never saved, never undone.
  selection: readonly string[];
  selectedEdges: readonly string[];
  /** Positions of elements while they are being dragged, committed to the document on drop. */
  drag: Readonly<Record<string, Position>> | null;
  view: EditorView;
  panel: SidePanel;
  save: SaveState;
};

export type EditorActions = {
  dispatch: Dispatch;
  undo(): void;
  redo(): void;
  select(nodes: readonly string[], edges?: readonly string[]): void;
  setDrag(positions: Readonly<Record<string, Position>> | null): void;
  /** Ends a drag: the moved positions become one undoable step. */
  commitDrag(): void;
  setView(view: EditorView): void;
  setPanel(panel: SidePanel): void;
  setSave(patch: Partial<SaveState>): void;
  /** Takes the server's draft (after a conflict): history restarts from it. */
  loadFromServer(doc: ScriptDocument, revision: number): void;
};

export type EditorStore = StoreApi<EditorState & EditorActions>;

export function createEditorStore(init: { doc: ScriptDocument; revision: number; now?: () => number }): EditorStore {
  const now = init.now ?? Date.now;
  return createStore<EditorState & EditorActions>()((set, get) => ({
    scriptId: init.doc.id,
    doc: init.doc,
    history: emptyHistory(),
    selection: [],
    selectedEdges: [],
    drag: null,
    view: "canvas",
    panel: "inspector",
    save: { status: "saved", revision: init.revision, savedDoc: init.doc, error: null, conflictRevision: null },

    // The only writer of the document, and so the only place history is recorded.
    dispatch(command, args, options) {
      const { doc, history } = get();
      const next = command(doc, args);
      if (next === doc) return;
      set({ doc: next, history: record(history, doc, options.label, { burst: options.burst, now: now() }) });
    },

    undo() {
      const step = undo(get().history, get().doc);
      if (step) set({ doc: step.doc, history: step.history, drag: null });
    },

    redo() {
      const step = redo(get().history, get().doc);
      if (step) set({ doc: step.doc, history: step.history, drag: null });
    },

    select(nodes, edges = []) {
      const state = get();
      if (sameList(state.selection, nodes) && sameList(state.selectedEdges, edges)) return;
      set({ selection: nodes, selectedEdges: edges });
    },

    setDrag(positions) {
      set({ drag: positions });
    },

    commitDrag() {
      const { drag } = get();
      if (!drag) return;
      set({ drag: null });
      get().dispatch(moveNodes, { positions: drag }, { label: "moveNodes" });
    },

    setView(view) {
      set({ view });
    },

    setPanel(panel) {
      set({ panel });
    },

    setSave(patch) {
      set({ save: { ...get().save, ...patch } });
    },

    loadFromServer(doc, revision) {
      set({
        doc,
        history: emptyHistory(),
        drag: null,
        save: { status: "saved", revision, savedDoc: doc, error: null, conflictRevision: null },
      });
    },
  }));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether the document holds changes the server has not accepted yet. */
export function isDirty(state: Pick<EditorState, "doc" | "save">): boolean {
  return state.doc !== state.save.savedDoc;
}
