"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { applyFamilyStages, planFamilyStages, planIsEmpty, type FamilyStagesPlan } from "./apply-family-stages";

/**
 * Changing the family never rewrites the stages by itself; this is the explicit, confirmed way to
 * take over the family's stages and budgets (one undo step).
 */
export function FamilyStages({ doc, dispatch }: { doc: ScriptDocument; dispatch: Dispatch }) {
  const t = useTranslations("settings.general");
  const tAll = useTranslations();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const plan = planFamilyStages(doc, doc.family);
  const empty = planIsEmpty(plan);
  const familyName = tAll(`families.${doc.family}`);

  function apply() {
    dispatch(applyFamilyStages, { family: doc.family }, { label: "editStages" });
    setConfirming(false);
    setStatus(t("applied", { family: familyName }));
  }

  return (
    <div className="rounded-md border border-slate-200 bg-white p-4">
      <h4 className="text-sm font-medium text-slate-800">{t("familyStages")}</h4>
      <p className="mt-1 text-xs text-slate-600">{t("familyStagesIntro")}</p>
      <p className="mt-2 text-sm text-slate-700">
        {empty ? t("planEmpty") : t("planSummary", { added: plan.add.length, budgets: plan.budgets.length })}
      </p>
      {/* Stays in place when there is nothing to apply, so focus has somewhere to return to. */}
      <Button
        className="mt-3 aria-disabled:cursor-not-allowed aria-disabled:text-slate-400"
        aria-disabled={empty || undefined}
        onClick={() => {
          if (!empty) setConfirming(true);
        }}
      >
        {t("apply")}
      </Button>
      <p role="status" className="mt-2 text-xs text-green-800 empty:hidden">
        {status}
      </p>

      <Dialog open={confirming} onClose={() => setConfirming(false)} labelledBy={headingId}>
        <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
          {t("confirmHeading", { family: familyName })}
        </h2>
        <div className="space-y-2 px-6 py-4 text-sm">
          <p>{t("confirmIntro")}</p>
          <PlanList plan={plan} />
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
          <Button onClick={() => setConfirming(false)}>{tAll("settings.cancel")}</Button>
          <Button variant="primary" onClick={apply}>
            {t("confirm")}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

function PlanList({ plan }: { plan: FamilyStagesPlan }) {
  const t = useTranslations("settings.general");
  return (
    <ul className="list-disc space-y-1 pl-5">
      {plan.add.map(({ stage }) => (
        <li key={stage.id}>
          {stage.budgetSeconds === null
            ? t("addStage", { name: stage.name })
            : t("addStageWithBudget", { name: stage.name, seconds: stage.budgetSeconds })}
        </li>
      ))}
      {plan.budgets.map((b) => (
        <li key={b.id}>{t("setBudget", { name: b.name, seconds: b.to, from: b.from === null ? "none" : String(b.from) })}</li>
      ))}
    </ul>
  );
}
