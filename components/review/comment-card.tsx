"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import type { CommentJson } from "@/lib/api/review";
import { Button } from "@/components/ui/button";
import { useFailureText } from "./use-failure-text";

/**
 * One reviewer's comment: the quoted words, what to change, who and when. `onResolve` adds the
 * designer's Resolve button; a refusal is shown on the card.
 */
export function CommentCard({ comment, locale, onResolve }: { comment: CommentJson; locale?: string; onResolve?: () => Promise<void> }) {
  const t = useTranslations("review.comment");
  const format = useFormatter();
  const failureText = useFailureText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" });

  async function resolve() {
    if (!onResolve) return;
    setBusy(true);
    setError(null);
    try {
      await onResolve();
    } catch (failure) {
      setBusy(false);
      setError(failureText(failure));
    }
  }

  return (
    <article className="rounded-md border border-amber-200 bg-amber-50/70 px-3 py-2 text-sm text-slate-800" data-comment={comment.id}>
      {comment.quote ? (
        <blockquote lang={locale} className="mb-1.5 border-l-2 border-amber-400 pl-2 text-[13px] break-words text-slate-600">
          <span className="sr-only">{t("quoteLabel")}: </span>“{comment.quote}”
        </blockquote>
      ) : null}
      <p className="break-words whitespace-pre-wrap">{comment.body}</p>
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span>{t("meta", { author: comment.author, when })}</span>
        {comment.resolvedAt ? (
          <span className="rounded bg-emerald-50 px-1.5 font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
            ✓ {t("resolvedBy", { who: comment.resolvedBy ?? "" })}
          </span>
        ) : null}
        {onResolve ? (
          <Button size="sm" className="ml-auto" onClick={() => void resolve()} disabled={busy} aria-label={t("resolveLabel", { author: comment.author })}>
            {busy ? t("resolving") : t("resolve")}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </article>
  );
}
