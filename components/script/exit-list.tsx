"use client";

import { useTranslations } from "use-intl";
import type { ScriptNode } from "@/lib/script/nodes";

export function ExitList({ nodes }: { nodes: ScriptNode[] }) {
  const t = useTranslations();
  const exits = nodes.filter((n) => n.kind === "exit");
  return (
    <div className="mt-6">
      <h3 className="text-sm font-semibold text-slate-700">{t("scriptPage.exits")}</h3>
      <ul className="mt-2 space-y-2">
        {exits.map((exit) => (
          <li key={exit.id} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">{t(`outcomes.${exit.outcome}`)}</span>
            {exit.label ? <span className="ml-2 text-sm font-medium">{exit.label}</span> : null}
            {exit.text ? <p className="mt-1.5 text-[15px] leading-7">{exit.text}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
