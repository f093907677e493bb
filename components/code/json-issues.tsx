"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { describeIssue } from "@/lib/i18n/describe-issue";
import type { ScriptIssue } from "@/lib/script/issues";

export type ListedIssue = { issue: ScriptIssue; /** Whether the text had a place to go to when listed. */ found: boolean };

/** Why Apply refused the text: each problem with its path, a button to its place when there is one. */
export function JsonIssues(props: { issues: readonly ListedIssue[]; onGoTo: (issue: ScriptIssue) => void }) {
  const t = useTranslations("code");
  const tRoot = useTranslations();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="max-h-48 shrink-0 overflow-y-auto border-b border-red-200 bg-red-50 px-3 py-2">
      <h3 id={headingId} role="alert" className="text-sm font-medium text-red-800">
        {t("json.issuesHeading", { count: props.issues.length })}
      </h3>
      <ul className="mt-1 space-y-0.5">
        {props.issues.map(({ issue, found }, index) => {
          const content = (
            <>
              <code className="font-mono text-xs text-red-900">{issue.pathText}</code>{" "}
              <span className="text-slate-800">{describeIssue(tRoot, issue)}</span>
            </>
          );
          return (
            <li key={`${issue.pathText}-${issue.code}-${index}`} className="text-sm">
              {found ? (
                <button
                  type="button"
                  onClick={() => props.onGoTo(issue)}
                  title={t("json.goTo", { path: issue.pathText })}
                  className="cursor-pointer rounded px-1 text-left decoration-red-400 underline-offset-2 hover:bg-red-100 hover:underline"
                >
                  {content}
                </button>
              ) : (
                <span className="px-1">
                  {content} <span className="text-xs text-slate-500">{t("json.notInText")}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
