"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Dialog } from "@/components/ui/dialog";

/** Asks for the reason before a finding is accepted: a suppression without one is not allowed. */
export function SuppressDialog({ ruleId, onCancel, onConfirm }: { ruleId: string | null; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const t = useTranslations("lint.suppress");
  const headingId = useId();
  const inputId = useId();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const blank = reason.trim() === "";
  return (
    <Dialog open={ruleId !== null} onClose={onCancel} labelledBy={headingId}>
      <form
        className="space-y-3 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!blank) {
            onConfirm(reason.trim());
            setReason("");
            setTried(false);
          }
        }}
      >
        <h2 id={headingId} className="text-base font-semibold">
          {t("title", { rule: ruleId ?? "" })}
        </h2>
        <p className="text-sm text-slate-600">{t("body")}</p>
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id={inputId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            maxLength={500}
            autoFocus
            aria-invalid={tried && blank}
            aria-describedby={`${inputId}-hint`}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
          <p id={`${inputId}-hint`} className={`text-xs ${tried && blank ? "text-red-700" : "text-slate-500"}`}>
            {tried && blank ? t("reasonRequired") : t("reasonHint")}
          </p>
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            {t("cancel")}
          </button>
          <button type="submit" className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white">
            {t("confirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
