"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { CandidateJson } from "@/lib/api/review";
import { mayRequestChanges, type DecisionAccess } from "@/lib/review/review-view";
import { StatusBadge } from "./status-badge";
import { useFailureText } from "./use-failure-text";
import type { Decision } from "./use-candidate-review";

// Approving and sending back are coloured by what they mean (the words say it too).
const ACTION = "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed";

type Props = {
  candidate: CandidateJson;
  access: DecisionAccess;
  commentCount: number;
  onDecide: (decision: Decision, note: string) => Promise<void>;
};

/**
 * Approve or request changes, for an approver on someone else's pending candidate. The submitter
 * is told that another approver decides (four eyes); other roles only read.
 */
export function DecisionPanel({ candidate, access, commentCount, onDecide }: Props) {
  const t = useTranslations("review");
  const headingId = useId();
  const noteId = useId();
  const hintId = useId();
  const failureText = useFailureText();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<Decision | null>(null);

  async function decide(decision: Decision) {
    setBusy(decision);
    setError(null);
    try {
      await onDecide(decision, note);
      setDecided(decision);
    } catch (failure) {
      setError(failureText(failure));
    }
    setBusy(null);
  }

  const canSendBack = mayRequestChanges(commentCount, note);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
        {t("decision.heading")}
        <StatusBadge status={candidate.status} />
      </h2>
      <p className="mt-1 text-xs text-slate-500">{t("decision.commentCount", { count: commentCount })}</p>
      {decided ? (
        <p role="status" className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
          {decided === "approve" ? t("decision.approved") : t("decision.changesRequested")}
        </p>
      ) : access === "closed" ? (
        <p className="mt-3 text-sm text-slate-600">{t("decision.closed")}</p>
      ) : access === "own" ? (
        <p role="note" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("decision.own")}
        </p>
      ) : access === "none" ? (
        <p className="mt-3 text-sm text-slate-600">{t("decision.readOnly")}</p>
      ) : (
        <div className="mt-3 space-y-3 text-sm">
          <div>
            <label htmlFor={noteId} className="block text-xs font-medium text-slate-700">
              {t("decision.note")}
            </label>
            <textarea
              id={noteId}
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={hintId}
              className="mt-1 w-full rounded-md border border-slate-300 px-2.5 py-1.5"
            />
            <p id={hintId} className="mt-1 text-xs text-slate-500">
              {canSendBack ? t("decision.noteHint") : t("decision.needsComment")}
            </p>
          </div>
          {error ? (
            <p role="alert" className="text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={`${ACTION} bg-emerald-600 text-white hover:bg-emerald-700 disabled:bg-emerald-300`} disabled={busy !== null} onClick={() => void decide("approve")}>
              {busy === "approve" ? t("decision.approving") : t("decision.approve")}
            </button>
            <button type="button" className={`${ACTION} border border-rose-300 bg-white text-rose-800 hover:bg-rose-50 disabled:border-slate-200 disabled:text-slate-400 disabled:hover:bg-white`} disabled={busy !== null || !canSendBack} onClick={() => void decide("request-changes")}>
              {busy === "request-changes" ? t("decision.requesting") : t("decision.requestChanges")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
