"use client";

import { useTranslations } from "use-intl";
import type { ScriptNode } from "@/lib/script/nodes";
import { rulesOf } from "@/lib/script/condition";

/** What an element does besides speaking: the field it records, its function key, its rules. */
export function ElementDetails({ node }: { node: ScriptNode }) {
  const t = useTranslations();
  switch (node.kind) {
    case "input":
      return (
        <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <span>{t("review.copy.records")}</span>
          <code className="rounded bg-slate-100 px-1.5 font-mono text-[13px] text-slate-800">{`{{${node.variable}}}`}</code>
          <span>· {t(`variableTypes.${node.inputType}`)}</span>
          <span className={node.required ? "font-medium text-rose-700" : ""}>· {node.required ? t("review.copy.required") : t("review.copy.optional")}</span>
        </p>
      );
    case "action":
      return (
        <p className="mt-2 flex flex-wrap items-center gap-x-2 text-sm text-slate-600">
          <span>{t("review.copy.functionKey")}</span>
          <code className="rounded bg-amber-50 px-1.5 font-mono text-[13px] text-amber-900 ring-1 ring-amber-200">{node.key}</code>
          <span>· {t("review.copy.systemSeconds", { seconds: node.systemSeconds })}</span>
        </p>
      );
    case "condition": {
      const rules = rulesOf(node.rules);
      return (
        <div className="mt-2 text-sm text-slate-600">
          <p>{rules.length === 0 ? t("review.copy.noRules") : "all" in node.rules ? t("review.copy.conditionAll") : t("review.copy.conditionAny")}</p>
          <ul className="mt-1 space-y-0.5">
            {rules.map((rule, i) => (
              <li key={i} className="font-mono text-[13px] text-slate-800">
                {rule.var} <span className="font-sans text-slate-500">{t(`opNames.${rule.op}`)}</span> {rule.value === undefined ? "" : Array.isArray(rule.value) ? rule.value.join(", ") : String(rule.value)}
              </li>
            ))}
          </ul>
        </div>
      );
    }
    default:
      return null;
  }
}
