"use client";

import { useTranslations } from "use-intl";
import type { ScriptNode } from "@/lib/script/nodes";

export function StageSection({ title, nodes, entry }: { title: string; nodes: ScriptNode[]; entry: string }) {
  const t = useTranslations();
  if (nodes.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      <ol className="mt-2 space-y-2">
        {nodes.map((node) => (
          <li key={node.id} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{t(`kinds.${node.kind}`)}</span>
              {node.label ? <span className="font-medium text-slate-800">{node.label}</span> : null}
              {node.id === entry ? <span className="rounded bg-blue-50 px-1.5 py-0.5 text-blue-800">{t("scriptPage.entry")}</span> : null}
            </div>
            {"text" in node && node.text ? <p className="mt-1.5 text-[15px] leading-7 text-slate-900">{node.text}</p> : null}
            {node.kind === "choice" ? (
              <ul aria-label={t("scriptPage.answers")} className="mt-2 flex flex-wrap gap-1.5">
                {node.answers.map((a) => (
                  <li key={a.id} className="rounded-full border border-slate-300 px-2.5 py-0.5 text-sm">
                    {a.label}
                  </li>
                ))}
              </ul>
            ) : null}
            {node.kind === "input" ? (
              <p className="mt-1 text-xs text-slate-600">
                <code className="font-mono">{`{{${node.variable}}}`}</code> · {t(`variableTypes.${node.inputType}`)}
              </p>
            ) : null}
            {node.kind === "action" ? <p className="mt-1 font-mono text-xs text-slate-600">{node.key}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
