"use client";

import { useEffect, useMemo, useRef } from "react";
import { startAutosave, type Autosave } from "@/lib/editor/autosave";
import { isDirty, type EditorStore } from "@/lib/editor/editor-store";
import { apiSavePort } from "./save-port";
import { clearBackup, writeBackup } from "./local-backup";

const BACKUP_EVERY_MS = 1000;

/**
 * Everything that keeps work safe while the editor is open: autosave, an immediate retry when the
 * browser comes back online, a local copy of unsaved work, and a warning before leaving.
 */
export function useEditorSession(store: EditorStore): Pick<Autosave, "flush" | "overwrite"> {
  const current = useRef<Autosave | null>(null);

  useEffect(() => {
    const scriptId = store.getState().scriptId;
    const saver = startAutosave(store, apiSavePort(scriptId));
    current.current = saver;

    let backupTimer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.save.status === "saved" && previous.save.status !== "saved" && !isDirty(state)) clearBackup(scriptId);
      if (state.doc === previous.doc || !isDirty(state) || backupTimer) return;
      backupTimer = setTimeout(() => {
        backupTimer = null;
        const now = store.getState();
        if (isDirty(now)) writeBackup(scriptId, { document: now.doc, baseRevision: now.save.revision, savedAt: Date.now() });
      }, BACKUP_EVERY_MS);
    });

    const online = () => void saver.flush();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      const state = store.getState();
      if (!isDirty(state) && state.save.status !== "saving") return;
      writeBackup(scriptId, { document: state.doc, baseRevision: state.save.revision, savedAt: Date.now() });
      void saver.flush();
      event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
      unsubscribe();
      if (backupTimer) clearTimeout(backupTimer);
      current.current = null;
      void saver.flush().finally(() => saver.stop());
    };
  }, [store]);

  // Stable for the life of the editor, whatever saver the effect runs (StrictMode runs it twice).
  return useMemo(
    () => ({
      flush: () => current.current?.flush() ?? Promise.resolve(),
      overwrite: () => current.current?.overwrite() ?? Promise.resolve(),
    }),
    [],
  );
}
