"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";

type Props = { script: ScriptSummaryJson | null; onClose: () => void; onRenamed: (script: ScriptSummaryJson) => void };

export function RenameScriptDialog({ script, onClose, onRenamed }: Props) {
  const headingId = useId();
  const t = useTranslations("renameScript");
  return (
    <Dialog open={script !== null} onClose={onClose} labelledBy={headingId}>
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {t("heading")}
      </h2>
      {script ? <RenameForm script={script} onCancel={onClose} onRenamed={onRenamed} /> : null}
    </Dialog>
  );
}

function RenameForm({ script, onCancel, onRenamed }: { script: ScriptSummaryJson; onCancel: () => void; onRenamed: Props["onRenamed"] }) {
  const t = useTranslations();
  const inputId = useId();
  const errorId = useId();
  const [title, setTitle] = useState(script.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = title.trim();
    if (!next) return setError(t("validation.blank"));
    if (next === script.title) return onCancel();
    setBusy(true);
    try {
      onRenamed(await callApi<ScriptSummaryJson>(`/api/v1/scripts/${script.id}`, { method: "PATCH", body: { title: next } }));
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof ApiFailure && failure.body ? (failure.body.error.issues[0]?.message ?? failure.message) : t("errors.network"));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="px-6 py-5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {t("renameScript.titleLabel")}
        </label>
        <input
          id={inputId}
          autoFocus
          maxLength={120}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-500"
        />
        {error ? (
          <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("renameScript.save")} busyLabel={t("renameScript.saving")} />
    </form>
  );
}
