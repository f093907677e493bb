"use client";

import { useMemo } from "react";
import { useTranslations } from "use-intl";
import type { CandidateReviewJson, CommentJson } from "@/lib/api/review";
import { copyDocument, type CopyElement as Element } from "@/lib/review/copy-document";
import { decisionAccess, groupByNode } from "@/lib/review/review-view";
import { useCan, useSessionUser } from "@/components/shell/session-context";
import { CopyElement } from "./copy-element";
import { CopyReviewHeader } from "./copy-review-header";
import { DecisionPanel } from "./decision-panel";
import { useCandidateReview, type NewComment } from "./use-candidate-review";

const NONE: readonly CommentJson[] = [];

/**
 * The copy review: a candidate read as a document, stage by stage in the order a call meets its
 * elements, every change from the live version marked inside the words; comments beside their
 * elements; the decision at the side.
 */
export function CopyReview({ initial }: { initial: CandidateReviewJson }) {
  const t = useTranslations("review.copy");
  const { review, addComment, decide } = useCandidateReview(initial);
  const user = useSessionUser();
  const canDecide = useCan("review.decide");
  const { candidate, live, comments } = review;
  const doc = candidate.document;
  const copy = useMemo(() => copyDocument(doc, live?.document ?? null), [doc, live]);
  const byNode = useMemo(() => groupByNode(comments), [comments]);
  const access = decisionAccess(candidate, user && { id: user.id, canDecide });
  const onComment = access === "open" ? (comment: NewComment) => addComment(comment) : undefined;

  const list = (elements: Element[], removed = false) => (
    <ol className="mt-3 space-y-3">
      {elements.map((element) => (
        <CopyElement
          key={element.id}
          element={element}
          comments={removed ? NONE : (byNode.get(element.id) ?? NONE)}
          locale={doc.locale}
          isEntry={!removed && element.id === doc.entry}
          onComment={onComment}
          removed={removed}
        />
      ))}
    </ol>
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <CopyReviewHeader review={review} />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {copy.stages.map((stage, i) =>
            stage.elements.length === 0 ? null : (
              <section key={stage.id} aria-labelledby={`stage-${stage.id}`}>
                <h2 id={`stage-${stage.id}`} className="flex flex-wrap items-baseline gap-x-3 border-b border-slate-200 pb-1.5">
                  <span className="text-xs font-semibold text-slate-400 tabular-nums">{String(i + 1).padStart(2, "0")}</span>
                  <span className="text-lg font-semibold text-slate-900" lang={doc.locale}>
                    {stage.name}
                  </span>
                  <span className="text-xs text-slate-500">
                    {stage.budgetSeconds === null ? t("noBudget") : t("budget", { seconds: stage.budgetSeconds })} · {t("elementCount", { count: stage.elements.length })}
                  </span>
                </h2>
                {list(stage.elements)}
              </section>
            ),
          )}
          {copy.unstaged.length > 0 ? (
            <section aria-labelledby="stage-none">
              <h2 id="stage-none" className="border-b border-slate-200 pb-1.5 text-lg font-semibold text-slate-900">
                {t("unstaged")}
              </h2>
              {list(copy.unstaged)}
            </section>
          ) : null}
          {copy.exits.length > 0 ? (
            <section aria-labelledby="stage-exits">
              <h2 id="stage-exits" className="border-b border-slate-200 pb-1.5 text-lg font-semibold text-slate-900">
                {t("exits")}
              </h2>
              {list(copy.exits)}
            </section>
          ) : null}
          {copy.removed.length > 0 ? (
            <section aria-labelledby="stage-removed">
              <h2 id="stage-removed" className="border-b border-rose-200 pb-1.5 text-lg font-semibold text-rose-900">
                {t("removed")}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t("removedHint")}</p>
              {list(copy.removed, true)}
            </section>
          ) : null}
        </div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <DecisionPanel candidate={candidate} access={access} commentCount={comments.length} onDecide={decide} />
        </aside>
      </div>
    </div>
  );
}
