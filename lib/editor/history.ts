import type { ScriptDocument } from "../script/document";

/** One undoable step: the document as it was, and what the step did (a catalogue key). */
export type HistoryEntry = { doc: ScriptDocument; label: string };

export type History = {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  /** The burst of edits being merged into the newest step (a typing run in one field). */
  burst: { key: string; at: number } | null;
};

export const HISTORY_LIMIT = 100;
/** Edits of the same field closer together than this are one step. */
export const BURST_MS = 1200;

export const emptyHistory = (): History => ({ past: [], future: [], burst: null });

/**
 * Records that `before` was replaced. Consecutive edits with the same `burst` key (typing in one
 * field) merge into one step, so undo takes back the whole word or sentence, not one character.
 */
export function record(history: History, before: ScriptDocument, label: string, options: { burst?: string; now: number }): History {
  const { burst, now } = options;
  const continues = burst !== undefined && history.burst?.key === burst && now - history.burst.at < BURST_MS;
  if (continues) return { past: history.past, future: [], burst: { key: burst, at: now } };
  const past = [...history.past, { doc: before, label }];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    future: [],
    burst: burst === undefined ? null : { key: burst, at: now },
  };
}

export function undo(history: History, current: ScriptDocument): { history: History; doc: ScriptDocument } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    doc: entry.doc,
    history: { past: history.past.slice(0, -1), future: [...history.future, { doc: current, label: entry.label }], burst: null },
  };
}

export function redo(history: History, current: ScriptDocument): { history: History; doc: ScriptDocument } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    doc: entry.doc,
    history: { past: [...history.past, { doc: current, label: entry.label }], future: history.future.slice(0, -1), burst: null },
  };
}
