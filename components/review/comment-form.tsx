"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { useFailureText } from "./use-failure-text";

type Props = {
  quote: string | null;
  locale: string;
  onAdd: (body: string) => Promise<void>;
  onCancel: () => void;
};

/** A reviewer's comment on one element, quoting the words selected in its text when there were any. */
export function CommentForm({ quote, locale, onAdd, onCancel }: Props) {
  const t = useTranslations("review.comment");
  const tc = useTranslations("common");
  const failureText = useFailureText();
  const bodyId = useId();
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t("empty"));
    setBusy(true);
    setError(null);
    try {
      await onAdd(body.trim());
    } catch (failure) {
      setBusy(false);
      setError(failureText(failure));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 rounded-md border border-blue-200 bg-blue-50/50 p-3 text-sm">
      {quote ? (
        <p className="mb-2 text-xs text-slate-600">
          {t("quoting")}:{" "}
          <q lang={locale} className="font-medium break-words text-slate-900">
            {quote}
          </q>
        </p>
      ) : (
        <p className="mb-2 text-xs text-slate-500">{t("quoteHint")}</p>
      )}
      <label htmlFor={bodyId} className="block text-xs font-medium text-slate-700">
        {t("body")}
      </label>
      <textarea
        id={bodyId}
        autoFocus
        rows={3}
        maxLength={4000}
        value={body}
        placeholder={t("placeholder")}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5"
      />
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex justify-end gap-2">
        <Button size="sm" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <Button size="sm" type="submit" variant="primary" disabled={busy}>
          {busy ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
