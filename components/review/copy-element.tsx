"use client";

import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { CommentJson } from "@/lib/api/review";
import type { CopyElement as Element } from "@/lib/review/copy-document";
import { changes } from "@/lib/publish/text-diff";
import { Button } from "@/components/ui/button";
import { BranchList } from "./branch-list";
import { CommentCard } from "./comment-card";
import { CommentForm } from "./comment-form";
import { CommentIcon } from "./comment-icon";
import { DEL, DiffText } from "./diff-text";
import { ElementDetails } from "./element-details";
import { selectedQuote } from "./selection-quote";
import type { NewComment } from "./use-candidate-review";

type Props = {
  element: Element;
  comments: readonly CommentJson[];
  locale: string;
  isEntry: boolean;
  /** Present when the viewer may comment (an approver on someone else's pending candidate). */
  onComment?: (comment: NewComment) => Promise<void>;
  /** A live element this candidate takes away: its words are shown struck through. */
  removed?: boolean;
};

const STATUS_TONES = {
  added: "bg-emerald-600 text-white",
  changed: "bg-amber-400 text-amber-950",
  removed: "bg-rose-600 text-white",
} as const;

// New and changed elements carry a coloured bar down the left edge (and say so in words).
const FRAMES = {
  added: "border-slate-200 border-l-4 border-l-emerald-500 bg-white",
  changed: "border-slate-200 border-l-4 border-l-amber-400 bg-white",
  removed: "border-dashed border-rose-300 bg-rose-50/40",
} as const;

/** One element of the copy review: its words with their changes, where the call goes, the comments. */
export function CopyElement({ element, comments, locale, isEntry, onComment, removed }: Props) {
  const t = useTranslations();
  const textRef = useRef<HTMLElement>(null);
  const pendingQuote = useRef<string | null>(null);
  const [commenting, setCommenting] = useState<{ quote: string | null } | null>(null);
  const text = element.fields.find((f) => f.field === "text");
  const label = element.fields.find((f) => f.field === "label");
  const status = removed ? "removed" : element.status === "added" || element.status === "changed" ? element.status : null;
  const headingId = `element-${element.id}-name`;

  return (
    <li id={removed ? undefined : `element-${element.id}`} data-element={element.id} data-status={status ?? undefined} aria-labelledby={headingId}
      className={`scroll-mt-4 rounded-lg border px-4 py-3 shadow-sm ${status ? FRAMES[status] : "border-slate-200 bg-white"}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t(`kinds.${element.kind}`)}</span>
        <h4 id={headingId} lang={locale} className={`min-w-0 font-medium break-words text-slate-900 ${removed ? "line-through decoration-rose-500" : ""}`}>
          {element.name}
        </h4>
        {status ? <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold ${STATUS_TONES[status]}`}>{t(`review.copy.elementStatus.${status}`)}</span> : null}
        {isEntry ? <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800 ring-1 ring-blue-200 ring-inset">{t("review.copy.entry")}</span> : null}
        {element.kind === "exit" && element.node.kind === "exit" ? (
          <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">
            {t("review.copy.outcome", { outcome: t(`outcomes.${element.node.outcome}`) })}
          </span>
        ) : null}
        {onComment && !removed ? (
          <Button
            size="sm"
            variant="ghost"
            className="ml-auto"
            aria-label={t("review.comment.buttonLabel", { name: element.name })}
            // The selection is read on mousedown too, before the click could move it.
            onMouseDown={() => (pendingQuote.current = selectedQuote(textRef.current, text?.text ?? ""))}
            onClick={() => {
              const quote = pendingQuote.current ?? selectedQuote(textRef.current, text?.text ?? "");
              pendingQuote.current = null;
              setCommenting({ quote });
            }}
          >
            <CommentIcon />
            {t("review.comment.button")}
          </Button>
        ) : null}
      </header>
      {label && label.parts && changes(label.parts) ? (
        <p className="mt-1 text-xs text-slate-500">
          {t("review.copy.label")}: <DiffText as="span" lang={locale} text={label.text} parts={label.parts} className="text-xs" />
        </p>
      ) : null}
      <div>
        {text && text.text ? (
          removed ? (
            <p lang={locale} className="mt-1.5 text-[15px] leading-8 break-words whitespace-pre-wrap">
              <del className={DEL}>{text.text}</del>
            </p>
          ) : (
            <DiffText lang={locale} text={text.text} parts={text.parts} rootRef={textRef} className="mt-1.5 text-[15px] leading-8" />
          )
        ) : element.kind === "condition" ? null : (
          <p className="mt-1.5 text-sm text-slate-400 italic">
            {element.kind === "exit" ? t("review.copy.noClosingWords") : t("review.copy.noWords")}
          </p>
        )}
        <ElementDetails node={element.node} />
        {removed ? null : <BranchList element={element} locale={locale} />}
      </div>
      {comments.length > 0 ? (
        <ul aria-label={t("review.comment.listLabel", { name: element.name })} className="mt-3 space-y-2">
          {comments.map((comment) => (
            <li key={comment.id}>
              <CommentCard comment={comment} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
      {commenting && onComment ? (
        <CommentForm
          quote={commenting.quote}
          locale={locale}
          onCancel={() => setCommenting(null)}
          onAdd={async (body) => {
            await onComment({ nodeId: element.id, field: commenting.quote ? "text" : undefined, quote: commenting.quote ?? undefined, body });
            setCommenting(null);
          }}
        />
      ) : null}
    </li>
  );
}
