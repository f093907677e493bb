"use client";

import type { Ref } from "react";
import { useTranslations } from "use-intl";
import type { DiffPart } from "@/lib/publish/text-diff";
import { placeholderSegments } from "@/lib/review/placeholder-segments";
import { placeParts, type PlacedPart } from "@/lib/review/quote";

// Colour is never the only cue: added words are underlined, removed words struck through, and a
// screen reader hears "added: … (end of change)" around each change.
export const INS = "rounded-sm bg-emerald-100 px-px text-emerald-950 underline decoration-emerald-600 decoration-2 underline-offset-[5px] [box-decoration-break:clone]";
export const DEL = "rounded-sm bg-rose-100 px-px text-rose-900 line-through decoration-rose-600 decoration-2 [box-decoration-break:clone]";
const PLACEHOLDER = "mx-px rounded bg-slate-100 px-1 font-mono text-[0.85em] text-slate-700 ring-1 ring-slate-200 ring-inset";

type Props = { text: string; parts: DiffPart[] | null; rootRef?: Ref<HTMLElement>; className?: string; as?: "p" | "span"; lang?: string };

/**
 * Spoken words with their changes marked inside the text. Every run carries where it starts in
 * the candidate's text (data-at) and what it is (data-kind), so a selection can be read back as a
 * quote (selection-quote.ts).
 */
export function DiffText({ text, parts, rootRef, className = "text-[15px] leading-8", as, lang }: Props) {
  const t = useTranslations("review.copy");
  // A paragraph of spoken words, or a span where the words sit in a line (an answer).
  const Root = as ?? "p";
  return (
    <Root ref={rootRef as Ref<HTMLParagraphElement>} lang={lang} className={`break-words whitespace-pre-wrap text-slate-900 ${className}`}>
      {placeParts(text, parts).map((part, i) => {
        if (part.kind === "same") return <Runs key={i} part={part} text={text} />;
        const added = part.kind === "added";
        return (
          <span key={i} data-at={part.at} data-kind="marker">
            <span className="sr-only">{added ? t("diffAdded") : t("diffRemoved")}</span>
            {added ? (
              <ins className={INS}>
                <Runs part={part} text={text} />
              </ins>
            ) : (
              <del className={DEL}>
                <Runs part={part} text={text} />
              </del>
            )}
            <span className="sr-only">{t("diffEnd")}</span>
          </span>
        );
      })}
    </Root>
  );
}

/** A part's words and {{variable}} placeholders, each run marked with its offset. */
function Runs({ part, text }: { part: PlacedPart; text: string }) {
  return placeholderSegments(part, text).map((segment, i) => (
    <span key={i} data-at={segment.at} data-kind={part.kind} className={segment.placeholder ? PLACEHOLDER : undefined}>
      {segment.text}
    </span>
  ));
}
