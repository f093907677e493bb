import type { Dispatch } from "@/lib/editor/commands";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";

/** What every kind's form receives. */
export type FormProps<N extends ScriptNode> = {
  node: N;
  doc: ScriptDocument;
  dispatch: Dispatch;
  /**
   * Replaces the element with an edited copy. `field` names a text field: consecutive edits of
   * the same field merge into one undo step (a typing run); leave it out for discrete changes.
   */
  update: (next: N, field?: string) => void;
  onSelect: (ids: string[]) => void;
};
