"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "use-intl";
import type { CandidateReviewJson } from "@/lib/api/review";
import { useCan } from "@/components/shell/session-context";
import { DEL, INS } from "./diff-text";
import { StatusBadge } from "./status-badge";

/** Which script and candidate this is, who submitted it, what it is compared with, and the legend. */
export function CopyReviewHeader({ review }: { review: CandidateReviewJson }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const canEdit = useCan("scripts.edit");
  const { candidate, live } = review;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <header className="border-b border-slate-200 pb-5">
      <Link href="/reviews" className="text-sm text-blue-700 hover:underline">
        ← {t("copy.back")}
      </Link>
      <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold break-words" lang={candidate.document.locale}>
          {candidate.document.title}
        </h1>
        {canEdit ? (
          <Link href={`/scripts/${candidate.scriptId}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
            {t("copy.openEditor")}
          </Link>
        ) : null}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-slate-600">
        <span className="font-medium text-slate-900">{t("copy.candidate", { number: candidate.number })}</span>
        <StatusBadge status={candidate.status} />
        <span>{t("copy.submitted", { who: candidate.submittedBy, when: when(candidate.submittedAt) })}</span>
        {candidate.decidedBy && candidate.decidedAt ? (
          <span>
            {/* The status names the decision only while it is the decision's outcome (not once published or superseded). */}
            {candidate.status === "approved" || candidate.status === "changes-requested"
              ? t("copy.decided", { status: t(`status.${candidate.status}`), who: candidate.decidedBy, when: when(candidate.decidedAt) })
              : t("decision.by", { who: candidate.decidedBy, when: when(candidate.decidedAt) })}
          </span>
        ) : null}
      </div>
      {candidate.decisionNote ? (
        <p className="mt-2 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("decision.decisionNote", { note: candidate.decisionNote })}</p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 rounded-md bg-white px-4 py-2.5 text-sm ring-1 ring-slate-200">
        <span className="font-medium text-slate-800">{live ? t("copy.against", { version: live.version }) : t("copy.firstVersion")}</span>
        {live ? (
          <span role="group" aria-label={t("copy.legendLabel")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-600">
            <span>
              <ins className={INS}>{t("copy.legendAdded")}</ins>
            </span>
            <span>
              <del className={DEL}>{t("copy.legendRemoved")}</del>
            </span>
            <span className="flex items-center gap-1.5">
              <span aria-hidden className="h-4 w-1 rounded bg-emerald-500" />
              {t("copy.elementStatus.added")}
            </span>
            <span className="flex items-center gap-1.5">
              <span aria-hidden className="h-4 w-1 rounded bg-amber-400" />
              {t("copy.elementStatus.changed")}
            </span>
          </span>
        ) : null}
      </div>
    </header>
  );
}
