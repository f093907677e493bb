"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import type { Finding } from "@/lib/lint/finding";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { SeverityMark } from "@/components/lint/severity-mark";
import { useOptionalLint } from "@/components/lint/lint-context";
import { useEditor } from "@/components/editor/editor-context";
import { useEditorReview } from "./editor-review-context";
import { WarningChecklist } from "./warning-checklist";
import type { Submission } from "./use-submission";

type Props = {
  open: boolean;
  state: Submission;
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (key: string, read: boolean) => void;
  onSubmit: () => void;
  onClose: () => void;
};

/** Saving, submitting, and what stands in the way: errors to fix or warnings to acknowledge. */
export function SubmitDialog({ open, state, acknowledged, onAcknowledge, onSubmit, onClose }: Props) {
  const t = useTranslations("review.submit");
  const headingId = useId();
  const busy = state.phase === "saving" || state.phase === "submitting";
  const allRead = state.phase === "warnings" && state.groups.every((g) => acknowledged.has(g.key));
  return (
    <Dialog open={open} onClose={onClose} labelledBy={headingId} size="wide">
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="max-h-[60vh] overflow-y-auto px-6 py-5 text-sm" aria-live="polite">
        <p className="mb-3 text-slate-600">{t("intro")}</p>
        <SubmissionBody state={state} acknowledged={acknowledged} onAcknowledge={onAcknowledge} onClose={onClose} />
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
        <Button onClick={onClose}>{t("close")}</Button>
        {state.phase === "warnings" ? (
          <Button variant="primary" disabled={!allRead} onClick={onSubmit}>
            {t("submitAnyway")}
          </Button>
        ) : state.phase === "unsaved" || state.phase === "failed" ? (
          <Button variant="primary" disabled={busy} onClick={onSubmit}>
            {t("retry")}
          </Button>
        ) : null}
      </div>
    </Dialog>
  );
}

function SubmissionBody({ state, acknowledged, onAcknowledge, onClose }: Omit<Props, "open" | "onSubmit">) {
  const t = useTranslations();
  switch (state.phase) {
    case "saving":
      return <Spinner label={t("review.submit.saving")} />;
    case "submitting":
      return <Spinner label={t("review.submit.submitting")} />;
    case "unsaved":
      return <p role="alert" className="text-red-800">{t("review.submit.unsaved", { status: t(`editor.save.${state.status}`) })}</p>;
    case "failed":
      return <p role="alert" className="text-red-800">{state.message}</p>;
    case "done":
      return (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 font-medium text-emerald-900 ring-1 ring-emerald-200">
          {t("review.submit.done", { number: state.candidate.number })}
        </p>
      );
    case "errors":
      return <BlockingFindings findings={state.findings} onShown={onClose} />;
    case "warnings":
      return <WarningChecklist groups={state.groups} acknowledged={acknowledged} onAcknowledge={onAcknowledge} />;
  }
}

/** The lint errors that refuse the submission; choosing one shows its element and words. */
function BlockingFindings({ findings, onShown }: { findings: Finding[]; onShown: () => void }) {
  const t = useTranslations("review.submit");
  const review = useEditorReview();
  const lint = useOptionalLint();
  const nodes = useEditor((s) => s.doc.nodes);
  const name = (id: string | undefined) => nodes.find((n) => n.id === id)?.label || id;
  return (
    <div role="alert">
      <p className="font-medium text-red-800">{t("errorsIntro", { count: findings.length })}</p>
      <ul className="mt-3 space-y-1.5">
        {findings.map((f, i) => (
          <li key={`${f.ruleId}@${f.nodeId}:${i}`}>
            <button
              type="button"
              disabled={!f.nodeId}
              onClick={() => {
                if (!f.nodeId) return;
                review?.showNode(f.nodeId);
                lint?.requestFocus({ nodeId: f.nodeId, range: f.range });
                onShown();
              }}
              className="flex w-full items-start gap-2 rounded-md border border-slate-200 px-3 py-2 text-left hover:border-blue-400 hover:bg-blue-50 disabled:hover:border-slate-200 disabled:hover:bg-white"
            >
              <SeverityMark severity={f.severity} />
              <span className="min-w-0 flex-1 break-words">
                {f.nodeId ? <b className="mr-1 font-medium">{name(f.nodeId)}:</b> : null}
                {f.message}
                <code className="ml-1 text-[11px] text-slate-400">{f.ruleId}</code>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
