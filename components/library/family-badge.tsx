"use client";

import { useTranslations } from "use-intl";
import type { Family } from "@/lib/script/enums";

const TONES: Record<Family, string> = {
  inbound: "bg-sky-50 text-sky-800 ring-sky-200",
  "outbound-marketing": "bg-amber-50 text-amber-800 ring-amber-200",
  "outbound-maintenance": "bg-teal-50 text-teal-800 ring-teal-200",
  complaint: "bg-rose-50 text-rose-800 ring-rose-200",
  custom: "bg-slate-100 text-slate-700 ring-slate-200",
};

export function FamilyBadge({ family }: { family: Family }) {
  const t = useTranslations("families");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[family]}`}>{t(family)}</span>;
}
