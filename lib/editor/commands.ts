import type { ScriptDocument } from "../script/document";

/** A named, pure edit of the document. Returning the same document means "nothing to do". */
export type Command<A> = (doc: ScriptDocument, args: A) => ScriptDocument;

/** What the history shows for a step, and whether it merges with the previous one. */
export type DispatchOptions = { label: HistoryLabel; burst?: string };

export type Dispatch = <A>(command: Command<A>, args: A, options: DispatchOptions) => void;

// The labels of undo steps; each is a key under `history.` in the message catalogue.
export const HISTORY_LABELS = [
  "addNode",
  "editNode",
  "deleteNodes",
  "moveNodes",
  "connect",
  "disconnect",
  "paste",
  "duplicate",
  "setEntry",
  "changeStage",
  "autoLayout",
  "editSettings",
  "editStages",
  "editVariables",
  "applyJson",
  "restoreBackup",
  "applyFix",
  "suppress",
  "saveScenario",
  "generateScenarios",
  "deleteScenario",
] as const;
export type HistoryLabel = (typeof HISTORY_LABELS)[number];
