"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Dispatch } from "@/lib/editor/commands";
import { removeNodes } from "@/lib/script/commands/nodes";
import { assignStage } from "@/lib/script/commands/stages";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { nameOf } from "./names";
import { StageSelect } from "./stage-select";

type Props = { nodes: ScriptNode[]; doc: ScriptDocument; dispatch: Dispatch; onSelect: (ids: string[]) => void };

/** What can be done to several elements at once: move them to a stage, or delete them. */
export function MultiInspector({ nodes, doc, dispatch, onSelect }: Props) {
  const t = useTranslations();
  const ids = nodes.map((n) => n.id);
  const staged = nodes.flatMap((n) => (n.kind === "exit" ? [] : [n.stageId]));
  const hasExit = staged.length < nodes.length;
  // One stage when they share it; undefined ("several stages") otherwise.
  const shared = staged.every((s) => s === staged[0]) ? staged[0] : undefined;
  const entry = nodes.find((n) => n.id === doc.entry);
  const deletable = nodes.length - (entry ? 1 : 0);

  function remove() {
    dispatch(removeNodes, { ids }, { label: "deleteNodes" });
    // The entry survives a delete (a script always has one), so it stays selected.
    onSelect(entry ? [entry.id] : []);
  }

  return (
    <div className="space-y-5">
      <header className="border-b border-slate-200 pb-3">
        <h2 className="text-base font-semibold text-slate-900">{t("inspector.multi.count", { count: nodes.length })}</h2>
        <ul aria-label={t("inspector.multi.list")} className="mt-2 flex flex-wrap gap-1.5">
          {nodes.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className="rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs text-slate-700 hover:border-blue-400 hover:text-blue-800"
                onClick={() => onSelect([n.id])}
              >
                <span className="text-slate-500">{t(`kinds.${n.kind}`)}</span> {nameOf(n)}
                <span className="sr-only">{t("inspector.multi.editAlone")}</span>
              </button>
            </li>
          ))}
        </ul>
      </header>
      {staged.length > 0 ? (
        <StageSelect
          doc={doc}
          label={t("inspector.multi.stage")}
          hint={hasExit ? t("inspector.multi.exitsSkipped") : undefined}
          value={shared}
          onChange={(stageId) => dispatch(assignStage, { ids, stageId }, { label: "changeStage" })}
        />
      ) : (
        <p className="text-xs text-slate-500">{t("inspector.multi.onlyExits")}</p>
      )}
      <div>
        <Button variant="danger" className="border border-red-300 bg-white" disabled={deletable === 0} onClick={remove}>
          {t("inspector.multi.delete", { count: deletable })}
        </Button>
        {entry ? <p className="mt-1 text-xs text-slate-600">{t("inspector.multi.entryKept", { name: nameOf(entry) })}</p> : null}
      </div>
    </div>
  );
}
