"use client";

import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { MultiInspector } from "./multi-inspector";
import { SingleInspector } from "./single-inspector";

export type InspectorProps = {
  doc: ScriptDocument;
  /** Ids of the selected elements (session state of the editor store). */
  selection: readonly string[];
  /** The store's dispatch: the only way the panel changes the document. */
  dispatch: Dispatch;
  /** Narrows or moves the selection (after a delete, or to follow a flow). */
  onSelect: (ids: string[]) => void;
};

/** The side panel that edits every field of the selected element(s). */
export function Inspector({ doc, selection, dispatch, onSelect }: InspectorProps) {
  const t = useTranslations("inspector");
  // The selection may still name elements an undo just took away; show only those that exist.
  const nodes = selection.flatMap((id) => doc.nodes.find((n) => n.id === id) ?? []);
  const only: ScriptNode | undefined = nodes.length === 1 ? nodes[0] : undefined;

  return (
    <section aria-label={t("panelLabel")} className="space-y-5 p-4 text-slate-900">
      {nodes.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-8 text-center">
          <h2 className="text-sm font-semibold text-slate-900">{t("empty.title")}</h2>
          <p className="mt-1 text-xs leading-relaxed text-slate-600">{t("empty.body")}</p>
        </div>
      ) : only ? (
        // Keyed by id: fields' drafts belong to one element and never leak into the next.
        <SingleInspector key={only.id} node={only} doc={doc} dispatch={dispatch} onSelect={onSelect} />
      ) : (
        <MultiInspector nodes={nodes} doc={doc} dispatch={dispatch} onSelect={onSelect} />
      )}
    </section>
  );
}
