"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { moveStage, removeStage } from "@/lib/script/commands/stages";
import type { ScriptDocument } from "@/lib/script/document";
import type { Stage } from "@/lib/script/parts";
import { AddStageForm } from "./add-stage-form";
import { RemoveStageDialog } from "./remove-stage-dialog";
import { SectionHeading } from "./section-heading";
import { StageRow, type MoveDirection } from "./stage-row";

function elementCounts(doc: ScriptDocument): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const node of doc.nodes) {
    if (node.kind === "exit") continue;
    counts.set(node.stageId, (counts.get(node.stageId) ?? 0) + 1);
  }
  return counts;
}

export function StagesSection({ doc, dispatch }: { doc: ScriptDocument; dispatch: Dispatch }) {
  const t = useTranslations("settings.stages");
  const ids = { heading: useId(), lastStage: useId() };
  const tableRef = useRef<HTMLTableElement>(null);
  const justRemoved = useRef(false);
  // After a move, the moved stage's button keeps focus even though React moved its row.
  const focusAfter = useRef<string | null>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);
  const [status, setStatus] = useState("");

  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const counts = elementCounts(doc);
  const unstaged = counts.get(null) ?? 0;

  useEffect(() => {
    const key = focusAfter.current;
    if (!key) return;
    focusAfter.current = null;
    tableRef.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  }, [doc.stages]);

  function move(stage: Stage, direction: MoveDirection) {
    const to = stages.findIndex((s) => s.id === stage.id) + (direction === "up" ? -1 : 1);
    if (to < 0 || to >= stages.length) return;
    focusAfter.current = `${stage.id}:${direction}`;
    dispatch(moveStage, { id: stage.id, toIndex: to }, { label: "editStages" });
    setStatus(t("moved", { name: stage.name, position: to + 1 }));
  }

  function remove(stage: Stage, moveTo: string | null) {
    dispatch(removeStage, { id: stage.id, moveTo }, { label: "editStages" });
    justRemoved.current = true;
    setRemoving(null);
    setStatus(t("removed", { name: stage.name }));
  }

  return (
    <section aria-labelledby={ids.heading}>
      <SectionHeading id={ids.heading} title={t("heading")} intro={t("intro")} />
      <div className="-mx-1 overflow-x-auto px-1">
        <table ref={tableRef} className="w-full min-w-[44rem] table-fixed border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="text-xs font-medium text-slate-600">
              <th scope="col" className="w-10 pb-1 font-medium">
                {t("colOrder")}
              </th>
              <th scope="col" className="w-[34%] pb-1 font-medium">
                {t("colName")}
              </th>
              <th scope="col" className="w-[26%] pb-1 font-medium">
                {t("colRole")}
              </th>
              <th scope="col" className="w-28 pb-1 font-medium">
                {t("colBudget")}
              </th>
              <th scope="col" className="w-24 pb-1 font-medium">
                {t("colElements")}
              </th>
              <th scope="col" className="w-36 pb-1 font-medium">
                {t("colActions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((stage, i) => (
              <StageRow
                key={stage.id}
                stage={stage}
                position={i + 1}
                total={stages.length}
                count={counts.get(stage.id) ?? 0}
                locale={doc.locale}
                lastStageReasonId={ids.lastStage}
                dispatch={dispatch}
                onMove={move}
                onRemove={setRemoving}
              />
            ))}
          </tbody>
        </table>
      </div>
      {stages.length <= 1 ? (
        <p id={ids.lastStage} className="mt-2 text-xs text-slate-600">
          {t("lastStage")}
        </p>
      ) : null}
      {unstaged > 0 ? <p className="mt-2 text-xs text-amber-800">{t("unstaged", { count: unstaged })}</p> : null}
      <p role="status" className="mt-2 text-xs text-slate-700 empty:hidden">
        {status}
      </p>

      <AddStageForm doc={doc} dispatch={dispatch} onAdded={(name) => setStatus(t("added", { name }))} />

      <RemoveStageDialog
        stage={removing}
        stages={stages}
        count={removing ? (counts.get(removing.id) ?? 0) : 0}
        onCancel={() => {
          setRemoving(null);
          // Closed after a removal: the row and its button are gone, so focus goes to the heading.
          if (justRemoved.current) {
            justRemoved.current = false;
            document.getElementById(ids.heading)?.focus();
          }
        }}
        onConfirm={remove}
      />
    </section>
  );
}
