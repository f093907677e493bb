"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { describeIssue } from "@/lib/i18n/describe-issue";
import { formatPath } from "@/lib/script/issues";
import type { PackProblem } from "./pack-save";

type Path = (string | number)[];

/** Why the pack was not saved: every schema issue or failing example with its path, each a way to its place in the text. */
export function PackProblems({ problem, onGoTo }: { problem: PackProblem; onGoTo: (path: Path) => void }) {
  const t = useTranslations();
  const headingId = useId();
  let heading: string;
  let items: { key: string; path: Path | null; body: ReactNode }[] = [];
  switch (problem.kind) {
    case "issues":
      heading = t("lintRules.editor.issuesHeading", { count: problem.issues.length });
      items = problem.issues.map((issue, i) => ({
        key: `${issue.pathText}-${i}`,
        path: issue.path,
        body: (
          <>
            <code className="font-mono text-xs text-red-900">{issue.pathText}</code> <span className="text-slate-800">{issue.message ?? describeIssue(t, issue)}</span>
          </>
        ),
      }));
      break;
    case "examples":
      heading = t("lintRules.editor.examplesHeading", { count: problem.failures.length });
      items = problem.failures.map((f, i) => ({
        key: `${f.ruleId}-${f.kind}-${f.index}-${i}`,
        path: f.path.length > 0 ? f.path : null,
        body: (
          <>
            <span className="font-medium text-red-900">{t("lintRules.editor.exampleFailure", { rule: f.ruleId, kind: f.kind, number: f.index + 1 })}</span>
            {f.path.length > 0 ? <code className="ml-1 font-mono text-xs text-red-900">{formatPath(f.path)}</code> : null}
            <span className="text-slate-800">: {t(`lintRules.editor.problems.${f.problem}`)}</span>
            {f.detail ? <span className="block text-xs text-slate-600 [overflow-wrap:anywhere]">{f.detail}</span> : null}
          </>
        ),
      }));
      break;
    case "builtinId":
      heading = t("lintRules.editor.builtinId", { id: problem.id });
      break;
    case "takenId":
      heading = t("lintRules.editor.takenId", { id: problem.id });
      break;
    case "failed":
      heading = t("lintRules.editor.failed", { message: problem.message ?? t("errors.network") });
      break;
  }
  const idPath = problem.kind === "builtinId" || problem.kind === "takenId";
  return (
    <section aria-labelledby={headingId} className="max-h-64 shrink-0 overflow-y-auto border-b border-red-200 bg-red-50 px-4 py-2">
      <h3 id={headingId} role="alert" className="text-sm font-medium text-red-800">
        {heading}
        {idPath ? (
          <button type="button" onClick={() => onGoTo(["id"])} className="ml-2 cursor-pointer rounded px-1 text-red-900 underline underline-offset-2 hover:bg-red-100">
            {t("lintRules.editor.goTo", { path: "id" })}
          </button>
        ) : null}
      </h3>
      {items.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {items.map((item) => (
            <li key={item.key} className="text-sm">
              {item.path ? (
                <button
                  type="button"
                  onClick={() => onGoTo(item.path ?? [])}
                  title={t("lintRules.editor.goTo", { path: formatPath(item.path) })}
                  className="cursor-pointer rounded px-1 text-left decoration-red-400 underline-offset-2 hover:bg-red-100 hover:underline"
                >
                  {item.body}
                </button>
              ) : (
                <span className="px-1">{item.body}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
