"use client";

import { useTranslations } from "use-intl";
import type { DiffPart } from "@/lib/publish/text-diff";

// Colour alone does not carry the change: added words are underlined, removed ones struck
// through, and screen readers hear "added: … (end)" since most do not announce <ins>/<del>.
const ADDED = "bg-emerald-100 text-emerald-950 underline decoration-emerald-600 decoration-2 underline-offset-4";
const REMOVED = "bg-red-100 text-red-900 line-through decoration-red-600 decoration-2";

/** Copy with the changes marked inside it. */
export function DiffText({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  return (
    <span lang={lang} className="whitespace-pre-wrap">
      {parts.map((part, i) => (
        <DiffPiece key={i} part={part} />
      ))}
    </span>
  );
}

function DiffPiece({ part }: { part: DiffPart }) {
  const t = useTranslations("versions.diff");
  if (part.kind === "same") return <>{part.text}</>;
  const Tag = part.kind === "added" ? "ins" : "del";
  return (
    <Tag className={`rounded-sm ${part.kind === "added" ? ADDED : REMOVED}`}>
      <span className="sr-only">{t(part.kind === "added" ? "srAdded" : "srRemoved")} </span>
      {part.text}
      <span className="sr-only"> {t("srEnd")}</span>
    </Tag>
  );
}

/** What the marks mean, for the top of a diff. */
export function DiffLegend() {
  const t = useTranslations("versions.diff");
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      <span>{t("legend")}</span>
      <ins className={`rounded-sm px-1 ${ADDED}`}>{t("legendAdded")}</ins>
      <del className={`rounded-sm px-1 ${REMOVED}`}>{t("legendRemoved")}</del>
    </p>
  );
}
