"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { CandidateSummaryJson } from "@/lib/api/review";
import { Button } from "@/components/ui/button";
import { useCan } from "@/components/shell/session-context";
import { useEditorReview } from "./editor-review-context";
import { PublishDialog } from "./publish-dialog";
import { StatusBadge } from "./status-badge";
import { CommentsDisclosure } from "./comments-disclosure";

/**
 * A slim strip under the editor's toolbar: where the script's review stands (in review, changes
 * requested with the note, approved with Publish…), which version is live, and the reviewers'
 * open comments. Hidden while there is nothing to report.
 */
export function ReviewStrip() {
  const t = useTranslations("review.strip");
  const tPublish = useTranslations("review.publish");
  const review = useEditorReview();
  const canPublish = useCan("versions.publish");
  const [publishing, setPublishing] = useState<CandidateSummaryJson | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  if (!review) return null;
  const { candidate, liveVersion, comments } = review;
  if (!candidate && liveVersion === null && comments.length === 0 && published === null) return null;

  return (
    <section aria-label={t("label")} className="relative flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-3 py-1 text-xs text-slate-700">
      {candidate ? (
        <span className="flex min-w-0 items-center gap-2" data-testid="review-status">
          <StatusBadge status={candidate.status} />
          <span className="truncate">
            <CandidateSentence candidate={candidate} />
          </span>
          {candidate.status === "changes-requested" && candidate.decisionNote ? (
            <q className="max-w-[40ch] truncate text-slate-600 italic" title={candidate.decisionNote}>
              {candidate.decisionNote}
            </q>
          ) : null}
          {candidate.status === "approved" && canPublish ? (
            <Button size="sm" variant="primary" onClick={() => setPublishing(candidate)}>
              {t("publish")}
            </Button>
          ) : null}
        </span>
      ) : null}
      {published !== null ? (
        <span role="status" className="font-medium text-emerald-800">
          {/* Said once, right after publishing; the live version below stays. */}
          ✓ {tPublish("done", { version: published })}
        </span>
      ) : null}
      {liveVersion !== null ? <span className="text-slate-500">{t("live", { version: liveVersion })}</span> : null}
      {comments.length > 0 ? <CommentsDisclosure /> : null}
      <PublishDialog
        candidate={publishing}
        onClose={() => setPublishing(null)}
        onPublished={(version) => {
          setPublishing(null);
          setPublished(version.version);
          void review.refresh();
        }}
      />
    </section>
  );
}

function CandidateSentence({ candidate }: { candidate: CandidateSummaryJson }) {
  const t = useTranslations("review.strip");
  const who = candidate.decidedBy ?? "";
  switch (candidate.status) {
    case "pending":
      return t("pending", { number: candidate.number });
    case "changes-requested":
      return t("changesRequested", { number: candidate.number, who });
    case "approved":
      return t("approved", { number: candidate.number, who });
    case "published":
      return t("published", { number: candidate.number });
    default:
      return null;
  }
}
