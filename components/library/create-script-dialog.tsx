"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "use-intl";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { FAMILIES, LOCALES, type Family, type Locale } from "@/lib/script/enums";
import { familyTemplate } from "@/lib/family/templates";
import { Dialog } from "@/components/ui/dialog";
import { DialogFooter } from "@/components/ui/dialog-footer";

export function CreateScriptDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const headingId = useId();
  const t = useTranslations();
  return (
    <Dialog open={open} onClose={onClose} labelledBy={headingId} size="wide">
      <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
        {t("createScript.heading")}
      </h2>
      <CreateScriptForm onCancel={onClose} />
    </Dialog>
  );
}

function CreateScriptForm({ onCancel }: { onCancel: () => void }) {
  const t = useTranslations();
  const uiLocale = useLocale();
  const router = useRouter();
  const ids = { title: useId(), hint: useId(), error: useId() };
  const [title, setTitle] = useState("");
  const [family, setFamily] = useState<Family>("inbound");
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [blank, setBlank] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError(t("validation.blank"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const script = await callApi<ScriptSummaryJson>("/api/v1/scripts", { method: "POST", body: { title: title.trim(), family, locale, blank } });
      router.push(`/scripts/${script.id}/edit`);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiFailure && failure.body) {
        const first = failure.body.error.issues[0];
        setError(first ? first.message : failure.body.error.message);
      } else setError(t("errors.network"));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="max-h-[70vh] space-y-5 overflow-y-auto px-6 py-5">
        <div>
          <label htmlFor={ids.title} className="block text-sm font-medium text-slate-800">
            {t("createScript.titleLabel")}
          </label>
          <input
            id={ids.title}
            autoFocus
            required
            maxLength={120}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={`${ids.hint}${error ? ` ${ids.error}` : ""}`}
            aria-invalid={error ? true : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-500"
          />
          <p id={ids.hint} className="mt-1 text-xs text-slate-500">
            {t("createScript.titleHint")}
          </p>
          {error ? (
            <p id={ids.error} role="alert" className="mt-1 text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>

        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("createScript.familyLabel")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {FAMILIES.map((f) => (
              <FamilyOption key={f} family={f} locale={locale} checked={family === f} onChange={() => setFamily(f)} />
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("createScript.localeLabel")}</legend>
          <div className="mt-2 flex gap-4">
            {LOCALES.map((l) => (
              <label key={l} className="flex items-center gap-2 text-sm">
                <input type="radio" name="script-locale" value={l} checked={locale === l} onChange={() => setLocale(l)} />
                {t(`scriptLocales.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input type="checkbox" checked={blank} onChange={(e) => setBlank(e.target.checked)} aria-describedby={`${ids.hint}-blank`} />
            {t("createScript.blankLabel")}
          </label>
          <p id={`${ids.hint}-blank`} className="mt-1 ml-6 text-xs text-slate-500">
            {t("createScript.blankHint")}
          </p>
        </div>
      </div>
      <DialogFooter onCancel={onCancel} busy={busy} submitLabel={t("createScript.create")} busyLabel={t("createScript.creating")} />
    </form>
  );
}

function FamilyOption(props: { family: Family; locale: Locale; checked: boolean; onChange: () => void }) {
  const t = useTranslations();
  const stages = familyTemplate(props.family).stages;
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 has-checked:border-blue-500 has-checked:bg-blue-50/60 has-focus-visible:ring-2 has-focus-visible:ring-blue-600">
      <input type="radio" name="family" value={props.family} checked={props.checked} onChange={props.onChange} className="mt-1" />
      <span className="min-w-0">
        <span className="block text-sm font-medium">{t(`families.${props.family}`)}</span>
        <span className="block text-xs text-slate-600">{t(`familyDescriptions.${props.family}`)}</span>
        <span className="sr-only">{t("createScript.stagesPreview")}:</span>
        <span className="mt-1.5 flex flex-wrap gap-1" lang={props.locale}>
          {stages.map((stage) => (
            <span key={stage.role} className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] text-slate-700">
              {stage.name[props.locale]}
              {stage.budgetSeconds ? ` ${t("createScript.budget", { seconds: stage.budgetSeconds })}` : ""}
            </span>
          ))}
        </span>
      </span>
    </label>
  );
}
