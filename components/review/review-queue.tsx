"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "use-intl";
import type { CandidateSummaryJson } from "@/lib/api/review";
import type { Locale } from "@/lib/script/enums";
import { EmptyState } from "@/components/ui/empty-state";

export type QueueItem = { candidate: CandidateSummaryJson; title: string; locale: Locale };

/** Candidates waiting for an approver, oldest first, each a link to its copy review. */
export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const t = useTranslations("review.queue");
  const format = useFormatter();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <div className="mt-6">
        {items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("colScript")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colCandidate")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colSubmittedBy")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colSubmitted")}</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">{t("open")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map(({ candidate, title, locale }) => (
                <tr key={candidate.id} className="hover:bg-slate-50">
                  <td className="px-4 py-3 font-medium text-slate-900" lang={locale}>
                    {title}
                  </td>
                  <td className="px-4 py-3 tabular-nums text-slate-700">{t("candidate", { number: candidate.number })}</td>
                  <td className="px-4 py-3 text-slate-700">{candidate.submittedBy}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                    <time dateTime={candidate.submittedAt}>{format.dateTime(new Date(candidate.submittedAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className="px-4 py-3 text-right">
                    <Link
                      href={`/reviews/${candidate.id}`}
                      aria-label={t("openLabel", { number: candidate.number, title })}
                      className="rounded-md bg-blue-600 px-3 py-1.5 text-xs font-medium text-white hover:bg-blue-700"
                    >
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
