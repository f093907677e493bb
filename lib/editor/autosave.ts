import type { ScriptDocument } from "../script/document";
import { isDirty, type EditorStore } from "./editor-store";

/** What a save attempt came to. Only `unreachable` is worth retrying as it is. */
export type SaveOutcome =
  | { kind: "saved"; revision: number }
  | { kind: "conflict"; currentRevision: number }
  | { kind: "rejected"; message: string; issues: { pathText: string; message: string }[] }
  | { kind: "unreachable" };

export type SavePort = (doc: ScriptDocument, baseRevision: number) => Promise<SaveOutcome>;

export type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type AutosaveOptions = {
  debounceMs?: number;
  /** Wait before the n-th retry of an unreachable server (1-based). */
  retryDelay?: (attempt: number) => number;
  timers?: Timers;
};

export type Autosave = {
  /** Saves now if there is anything to save (leaving the page, coming back online). */
  flush(): Promise<void>;
  /** After a conflict: save ours on top of the revision someone else saved. */
  overwrite(): Promise<void>;
  stop(): void;
};

const defaultTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
export const backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

/**
 * Saves the document a moment after the last edit, always naming the revision it builds on.
 * Nothing is dropped: a save that cannot reach the server is retried with backoff; edits made
 * while a save is in flight are saved right after it; a conflict stops saving until the user
 * chooses (reload theirs, or overwrite).
 */
export function startAutosave(store: EditorStore, port: SavePort, options: AutosaveOptions = {}): Autosave {
  const debounceMs = options.debounceMs ?? 800;
  const retryDelay = options.retryDelay ?? backoff;
  const timers = options.timers ?? defaultTimers;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let attempt = 0;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      void run();
    }, ms);
  };

  async function run(baseOverride?: number): Promise<void> {
    if (inFlight) return inFlight;
    const state = store.getState();
    if (stopped || (!isDirty(state) && baseOverride === undefined)) return;
    if (state.save.status === "conflict" && baseOverride === undefined) return;
    const sent = state.doc;
    const base = baseOverride ?? state.save.revision;
    store.getState().setSave({ status: "saving" });
    inFlight = (async () => {
      let outcome: SaveOutcome;
      try {
        outcome = await port(sent, base);
      } catch {
        outcome = { kind: "unreachable" };
      }
      inFlight = null;
      settle(sent, outcome);
    })();
    return inFlight;
  }

  function settle(sent: ScriptDocument, outcome: SaveOutcome) {
    const { setSave } = store.getState();
    switch (outcome.kind) {
      case "saved": {
        attempt = 0;
        setSave({ revision: outcome.revision, savedDoc: sent, error: null, conflictRevision: null, status: "saved" });
        if (isDirty(store.getState())) {
          setSave({ status: "pending" });
          schedule(debounceMs);
        }
        return;
      }
      case "conflict":
        setSave({ status: "conflict", conflictRevision: outcome.currentRevision });
        return;
      case "rejected":
        setSave({ status: "error", error: { message: outcome.message, issues: outcome.issues } });
        return;
      case "unreachable":
        attempt++;
        setSave({ status: "offline" });
        schedule(retryDelay(attempt));
        return;
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc || stopped) return;
    if (state.save.status === "conflict") return;
    if (!isDirty(state)) {
      if (state.save.status === "pending") store.getState().setSave({ status: "saved" });
      return;
    }
    if (state.save.status === "saved" || state.save.status === "error") store.getState().setSave({ status: "pending" });
    // While offline the retry timer is already running; a new edit need not wait for it.
    if (state.save.status !== "saving") schedule(state.save.status === "offline" ? retryDelay(Math.max(attempt, 1)) : debounceMs);
  });

  return {
    async flush() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      if (inFlight) await inFlight;
      await run();
    },
    async overwrite() {
      const revision = store.getState().save.conflictRevision;
      if (revision === null) return;
      if (inFlight) await inFlight;
      await run(revision);
    },
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) timers.clear(timer);
    },
  };
}
