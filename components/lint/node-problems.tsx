"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { applyTextEdit } from "@/lib/lint/apply-edit";
import type { Finding, TextEdit } from "@/lib/lint/finding";
import { suppressRule, unsuppressRule } from "@/lib/lint/suppression-commands";
import type { ScriptNode } from "@/lib/script/nodes";
import { useSessionUser } from "@/components/shell/session-context";
import { useOptionalLint } from "./lint-context";
import { SeverityMark } from "./severity-mark";
import { SuppressDialog } from "./suppress-dialog";

/** The findings on one element, with their fix, the rewrites to pick from, and suppression. */
export function NodeProblems({ node, dispatch }: { node: ScriptNode; dispatch: Dispatch }) {
  const t = useTranslations("lint.node");
  const lint = useOptionalLint();
  // A suppression names who made it, the way saves are recorded: by the signed-in user's email.
  const actor = useSessionUser()?.email;
  const [suppressing, setSuppressing] = useState<string | null>(null);
  if (!lint) return null;
  const findings = lint.byNode.get(node.id) ?? [];
  const apply = (edit: TextEdit) => dispatch(applyTextEdit, edit, { label: "applyFix" });
  return (
    <section aria-labelledby={`problems-${node.id}`} className="space-y-2">
      <h3 id={`problems-${node.id}`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("heading")}
      </h3>
      {findings.length === 0 ? <p className="text-xs text-slate-500">{t("none")}</p> : null}
      <ul className="space-y-2">
        {findings.map((f, i) => (
          <li key={`${f.ruleId}:${f.range?.start ?? -1}:${i}`} className="rounded-md border border-slate-200 p-2 text-sm">
            <ProblemText finding={f} onShow={() => lint.requestFocus({ nodeId: node.id, range: f.range })} />
            <div className="mt-1.5 flex flex-wrap gap-1.5">
              {f.fix ? <EditButton edit={f.fix} primary label={t("fixTo", { text: f.fix.text })} onApply={apply} /> : null}
              {f.suggestions?.map((s) => (
                <EditButton key={s.text} edit={s.edit} label={s.edit.range.start === s.edit.range.end ? t("insert", { text: s.text }) : t("fixTo", { text: s.text })} onApply={apply} />
              ))}
              <button type="button" onClick={() => setSuppressing(f.ruleId)} className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50">
                {t("suppress")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {node.suppressions?.length ? (
        <div>
          <h4 className="text-xs font-semibold text-slate-500">{t("suppressed")}</h4>
          <ul className="mt-1 space-y-1">
            {node.suppressions.map((s) => (
              <li key={s.ruleId} className="flex items-start gap-2 text-xs text-slate-600">
                <span className="min-w-0 flex-1">{t("suppressedBy", { rule: s.ruleId, by: s.by, reason: s.reason })}</span>
                <button type="button" onClick={() => dispatch(unsuppressRule, { nodeId: node.id, ruleId: s.ruleId }, { label: "suppress" })} className="shrink-0 text-blue-700 underline">
                  {t("unsuppress")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SuppressDialog
        ruleId={suppressing}
        onCancel={() => setSuppressing(null)}
        onConfirm={(reason) => {
          if (suppressing && actor) dispatch(suppressRule, { nodeId: node.id, ruleId: suppressing, reason, by: actor, at: new Date().toISOString() }, { label: "suppress" });
          setSuppressing(null);
        }}
      />
    </section>
  );
}

function ProblemText({ finding, onShow }: { finding: Finding; onShow: () => void }) {
  return (
    <button type="button" onClick={onShow} className="flex w-full items-start gap-2 text-left">
      <SeverityMark severity={finding.severity} />
      <span className="min-w-0 flex-1">
        {finding.message}
        <code className="ml-1 text-[11px] text-slate-400">{finding.ruleId}</code>
      </span>
    </button>
  );
}

function EditButton({ edit, label, primary, onApply }: { edit: TextEdit; label: string; primary?: boolean; onApply: (e: TextEdit) => void }) {
  return (
    <button
      type="button"
      onClick={() => onApply(edit)}
      className={`max-w-full truncate rounded px-2 py-0.5 text-xs ${primary ? "bg-blue-600 text-white hover:bg-blue-700" : "border border-blue-300 text-blue-800 hover:bg-blue-50"}`}
      title={label}
    >
      {label}
    </button>
  );
}
