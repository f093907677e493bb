"use client";

import { useTranslations } from "use-intl";
import type { CandidateStatus } from "@/lib/review/candidate";

const TONES: Record<CandidateStatus, string> = {
  pending: "bg-amber-50 text-amber-900 ring-amber-300",
  "changes-requested": "bg-rose-50 text-rose-800 ring-rose-300",
  approved: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  published: "bg-blue-50 text-blue-800 ring-blue-300",
  superseded: "bg-slate-100 text-slate-600 ring-slate-300",
  withdrawn: "bg-slate-100 text-slate-600 ring-slate-300",
};

/** A candidate's status in words, tinted (the words carry it; the colour only helps). */
export function StatusBadge({ status }: { status: CandidateStatus }) {
  const t = useTranslations("review.status");
  return (
    <span data-status={status} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[status]}`}>
      {t(status)}
    </span>
  );
}
