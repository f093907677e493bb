"use client";

import { useTranslations } from "use-intl";
import { useCan } from "@/components/shell/session-context";
import { useEditorReview } from "./editor-review-context";
import { CommentCard } from "./comment-card";
import { CommentIcon } from "./comment-icon";

/** In the inspector: the reviewers' open comments on the selected element, each to resolve. */
export function NodeComments({ nodeId, locale }: { nodeId: string; locale: string }) {
  const t = useTranslations("review.editor");
  const review = useEditorReview();
  const canResolve = useCan("review.submit");
  const comments = review?.byNode.get(nodeId) ?? [];
  if (!review || comments.length === 0) return null;
  return (
    <section aria-labelledby={`review-comments-${nodeId}`} className="space-y-2">
      <h3 id={`review-comments-${nodeId}`} className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-amber-800 uppercase">
        <CommentIcon />
        {t("heading")} ({comments.length})
      </h3>
      <ul className="space-y-2">
        {comments.map((comment) => (
          <li key={comment.id}>
            <CommentCard comment={comment} locale={locale} onResolve={canResolve ? () => review.resolve(comment.id) : undefined} />
          </li>
        ))}
      </ul>
    </section>
  );
}
