"use client";

import { useTranslations } from "use-intl";
import type { Branch, CopyElement } from "@/lib/review/copy-document";
import { DiffText } from "./diff-text";

/** Where the call goes from an element: each answer (with its wording's changes) or output, and its target. */
export function BranchList({ element, locale }: { element: CopyElement; locale: string }) {
  const t = useTranslations();
  if (element.branches.length === 0) return null;
  const isChoice = element.kind === "choice";
  const portName = (branch: Branch) => {
    if (element.kind === "action" && (branch.port === "ok" || branch.port === "error")) return t(`editor.ports.${branch.port}`);
    if (element.kind === "condition" && (branch.port === "true" || branch.port === "false")) return t(`editor.ports.${branch.port}`);
    return t("review.copy.next");
  };
  return (
    <div className="mt-3">
      {isChoice ? <h4 className="text-xs font-medium text-slate-500">{t("review.copy.answers")}</h4> : null}
      <ul className={`space-y-1 ${isChoice ? "mt-1" : ""}`}>
        {element.branches.map((branch) => (
          <li key={branch.port} className="flex flex-wrap items-baseline gap-x-2 text-sm">
            {isChoice ? (
              <span className="rounded-full border border-slate-300 bg-slate-50 px-2.5">
                <DiffText as="span" lang={locale} text={branch.label ?? ""} parts={branch.labelParts} className="text-sm leading-6" />
              </span>
            ) : (
              <span className="text-xs font-medium text-slate-500">{portName(branch)}</span>
            )}
            <span aria-hidden className="text-slate-400">→</span>
            {branch.to ? (
              <a href={`#element-${branch.to.id}`} className="text-blue-700 hover:underline">
                <span className="sr-only">{t("review.copy.leadsTo")} </span>
                <span lang={locale}>{branch.to.name}</span>
              </a>
            ) : (
              <span className="text-slate-400 italic">{t("review.copy.leadsNowhere")}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
