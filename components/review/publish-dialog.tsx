"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { callApi } from "@/lib/api/client";
import type { CandidateSummaryJson, VersionSummaryJson } from "@/lib/api/review";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { useFailureText } from "./use-failure-text";

type Props = { candidate: CandidateSummaryJson | null; onClose: () => void; onPublished: (version: VersionSummaryJson) => void };

/** Publishes an approved candidate with a release note: agent systems get it at once. */
export function PublishDialog({ candidate, onClose, onPublished }: Props) {
  const t = useTranslations("review.publish");
  const headingId = useId();
  return (
    <Dialog open={candidate !== null} onClose={onClose} labelledBy={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {candidate ? t("heading", { number: candidate.number }) : null}
      </h2>
      {candidate ? <PublishForm candidate={candidate} onCancel={onClose} onPublished={onPublished} /> : null}
    </Dialog>
  );
}

function PublishForm({ candidate, onCancel, onPublished }: { candidate: CandidateSummaryJson; onCancel: () => void; onPublished: Props["onPublished"] }) {
  const t = useTranslations("review.publish");
  const failureText = useFailureText();
  const noteId = useId();
  const hintId = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function publish(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onPublished(await callApi<VersionSummaryJson>(`/api/v1/candidates/${encodeURIComponent(candidate.id)}/publish`, { method: "POST", body: { note } }));
    } catch (failure) {
      setBusy(false);
      setError(failureText(failure));
    }
  }

  return (
    <form onSubmit={publish} noValidate>
      <div className="space-y-3 px-6 py-5 text-sm">
        <p className="text-slate-600">{t("intro")}</p>
        <div>
          <label htmlFor={noteId} className="block font-medium text-slate-800">
            {t("note")}
          </label>
          <textarea
            id={noteId}
            autoFocus
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby={hintId}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
          <p id={hintId} className="mt-1 text-xs text-slate-500">
            {t("noteHint")}
          </p>
        </div>
        {error ? (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("publish")} busyLabel={t("publishing")} />
    </form>
  );
}
