"use client";

import { useEffect } from "react";
import { copyFragment, pasteFragment, planPasteIds, type Fragment } from "@/lib/script/commands/clipboard";
import type { Command } from "@/lib/editor/commands";
import { validateScript } from "@/lib/script/validate";
import type { EditorStore } from "@/lib/editor/editor-store";
import { useCanvasControls } from "@/components/canvas/canvas-controls";

const MARKER = "huaben/fragment@1";
const STEP = 40;

/** Focus is somewhere that keeps its own keys: a text field, Monaco (or its stand-in), a dialog. */
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return true;
  return target.closest('.monaco-editor, dialog, [role="textbox"]') !== null;
}

/** Canvas-wide keys (select all) only when the canvas itself has the focus. */
function onCanvas(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest(".react-flow") !== null;
}

const paste: Command<{ fragment: Fragment; ids: Record<string, string>; offset: { x: number; y: number } }> = pasteFragment;

/**
 * The editor's keys. Undo and redo go to the one history from anywhere in the editor (also from a
 * text field or Monaco, so there is never a second, separate undo stack), except inside
 * `[data-own-undo]` (the JSON view edits text that is not the document yet).
 * Copy, paste and duplicate carry a fragment through the system clipboard, so selections move
 * between scripts and tabs.
 */
export function useShortcuts(store: EditorStore, options: { focusSearch: () => void; onPasted: (count: number) => void; onCopied: (count: number) => void }) {
  const canvas = useCanvasControls();
  const { focusSearch, onPasted, onCopied } = options;

  useEffect(() => {
    let pastes = 0;

    function insert(fragment: Fragment) {
      const { doc, dispatch, select } = store.getState();
      if (fragment.nodes.length === 0) return;
      const fromHere = fragment.nodes.every((n) => doc.nodes.some((m) => m.id === n.id));
      const xs = Object.values(fragment.positions).map((p) => p.x);
      const ys = Object.values(fragment.positions).map((p) => p.y);
      const centre = canvas.centre();
      pastes = fromHere ? pastes + 1 : 0;
      const offset = fromHere
        ? { x: STEP * pastes, y: STEP * pastes }
        : { x: centre.x - (xs.length ? Math.min(...xs) : 0), y: centre.y - (ys.length ? Math.min(...ys) : 0) };
      const ids = planPasteIds(doc, fragment);
      // The clipboard is outside our control: paste only what leaves the script valid.
      if (!validateScript(pasteFragment(doc, { fragment, ids, offset })).ok) return;
      dispatch(paste, { fragment, ids, offset }, { label: "paste" });
      select(Object.values(ids));
      onPasted(fragment.nodes.length);
    }

    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const target = event.target as HTMLElement | null;
      if (mod && (key === "z" || key === "y")) {
        if (target?.closest("[data-own-undo]")) return;
        event.preventDefault();
        event.stopPropagation();
        if (key === "y" || event.shiftKey) store.getState().redo();
        else store.getState().undo();
        return;
      }
      if (mod && key === "f") {
        event.preventDefault();
        focusSearch();
        return;
      }
      if (typingTarget(target)) return;
      const state = store.getState();
      if (mod && key === "d" && state.selection.length > 0) {
        event.preventDefault();
        pastes = 0;
        insert(copyFragment(state.doc, state.selection));
      } else if (mod && key === "a" && onCanvas(target)) {
        event.preventDefault();
        state.select(state.doc.nodes.map((n) => n.id));
      } else if (key === "escape" && !document.querySelector("dialog[open]")) {
        state.select([], []);
      }
    }

    function onCopy(event: ClipboardEvent) {
      if (typingTarget(event.target) || typingTarget(document.activeElement)) return;
      const { doc, selection } = store.getState();
      if (selection.length === 0 || !event.clipboardData) return;
      const fragment = copyFragment(doc, selection);
      event.clipboardData.setData("text/plain", JSON.stringify({ [MARKER]: fragment }));
      event.preventDefault();
      pastes = 0;
      onCopied(fragment.nodes.length);
    }

    function onPaste(event: ClipboardEvent) {
      if (typingTarget(event.target) || typingTarget(document.activeElement)) return;
      const text = event.clipboardData?.getData("text/plain");
      if (!text) return;
      let fragment: Fragment | undefined;
      try {
        fragment = (JSON.parse(text) as Record<string, Fragment>)[MARKER];
      } catch {
        return;
      }
      if (!fragment || !Array.isArray(fragment.nodes)) return;
      event.preventDefault();
      insert(fragment);
    }

    // Capture phase: undo must reach the editor's history before Monaco or an input handles it.
    window.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("copy", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [store, canvas, focusSearch, onPasted, onCopied]);
}
