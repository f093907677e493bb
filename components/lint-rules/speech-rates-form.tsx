"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { DEFAULT_SPEECH, speechSettingsSchema } from "@/lib/speech/settings";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SaveState } from "./save-state";
import type { SaveStatus } from "./settings-saver";
import { withSpeechRate, type SpeechRate } from "./settings-update";

const RATES: readonly SpeechRate[] = ["hanPerMinute", "wordsPerMinute"];

const LIMITS: Record<SpeechRate, { min: number; max: number }> = {
  hanPerMinute: limitsOf("hanPerMinute"),
  wordsPerMinute: limitsOf("wordsPerMinute"),
};

function limitsOf(rate: SpeechRate) {
  const schema = speechSettingsSchema.shape[rate];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

type Drafts = Record<SpeechRate, string>;

/** A box's text as a rate: null when empty (the default applies), undefined when not a valid rate. */
function parseRate(rate: SpeechRate, text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const value = Number(text);
  return speechSettingsSchema.shape[rate].safeParse(value).success ? value : undefined;
}

/** The workspace's speaking rates, saved into the same settings as the rule levels. */
export function SpeechRatesForm(props: {
  settings: WorkspaceLintSettings;
  status: SaveStatus | undefined;
  onSave: (update: (settings: WorkspaceLintSettings) => WorkspaceLintSettings) => void;
  onRetry: () => void;
  /** Shown but not changeable (approvers). */
  readOnly?: boolean;
}) {
  const t = useTranslations("lintRules.speech");
  const headingId = useId();
  const stored = (rate: SpeechRate) => props.settings.speech?.[rate];
  const [drafts, setDrafts] = useState<Drafts>(() => ({
    hanPerMinute: String(stored("hanPerMinute") ?? ""),
    wordsPerMinute: String(stored("wordsPerMinute") ?? ""),
  }));
  const [submitted, setSubmitted] = useState(false);
  const parsed = { hanPerMinute: parseRate("hanPerMinute", drafts.hanPerMinute), wordsPerMinute: parseRate("wordsPerMinute", drafts.wordsPerMinute) };
  const changed = RATES.some((rate) => parsed[rate] !== (stored(rate) ?? null));

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (RATES.some((rate) => parsed[rate] === undefined)) return;
    props.onSave((settings) => RATES.reduce((s, rate) => withSpeechRate(s, rate, parsed[rate] ?? null), settings));
  }

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white px-5 py-4">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">{t("intro")}</p>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-3">
        {RATES.map((rate) => {
          const { min, max } = LIMITS[rate];
          const invalid = submitted && parsed[rate] === undefined;
          return (
            <Field
              key={rate}
              label={t(rate)}
              hint={t("defaultHint", { value: DEFAULT_SPEECH[rate], min, max })}
              error={invalid ? t("range", { min, max }) : null}
              className="w-56"
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={min}
                  max={max}
                  placeholder={String(DEFAULT_SPEECH[rate])}
                  value={drafts[rate]}
                  disabled={props.readOnly}
                  onChange={(e) => setDrafts((d) => ({ ...d, [rate]: e.target.value }))}
                  className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm tabular-nums aria-invalid:border-red-500 disabled:bg-slate-50 disabled:text-slate-500"
                />
              )}
            </Field>
          );
        })}
        {props.readOnly ? null : (
          <div className="flex flex-wrap items-center gap-3 pt-5">
            <Button type="submit" variant="primary" disabled={!changed}>
              {t("save")}
            </Button>
            <SaveState status={props.status} onRetry={props.onRetry} />
          </div>
        )}
      </form>
    </section>
  );
}
