"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import type { Variable } from "@/lib/script/parts";
import { NumberInput, Select, TextInput } from "@/components/ui/field";
import type { CriterionDraft, ValueInput } from "./criterion-value";

type Props = {
  input: ValueInput;
  draft: CriterionDraft;
  variable: Variable | undefined;
  /** Error sentence, or null. */
  error: string | null;
  label: string;
  onText: (text: string) => void;
  onPicks: (picks: string[]) => void;
};

/** The value control that fits the comparison and the variable's type. */
export function CriterionValueInput({ input, draft, variable, error, label, onText, onPicks }: Props) {
  const t = useTranslations("settings.targetGroup");
  const ids = { error: useId(), hint: useId() };
  const describedBy = [input === "list" ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const a11y = { "aria-label": label, "aria-describedby": describedBy, "aria-invalid": error ? (true as const) : undefined };
  const options = variable?.type === "boolean" ? [] : (variable?.options ?? []);

  let control;
  switch (input) {
    case "none":
      return <p className="py-1.5 text-xs text-slate-500">{t("noValue")}</p>;
    case "number":
      control = (
        <NumberInput
          {...a11y}
          step="any"
          value={draft.text.trim() === "" || !Number.isFinite(Number(draft.text)) ? null : Number(draft.text)}
          onValue={(n) => onText(n === null ? "" : String(n))}
        />
      );
      break;
    case "date":
      control = <TextInput {...a11y} type="date" value={draft.text} onChange={(e) => onText(e.target.value)} />;
      break;
    case "boolean":
      control = (
        <Select {...a11y} value={draft.text} onChange={(e) => onText(e.target.value)}>
          <option value="">{t("choose")}</option>
          <option value="true">{t("yes")}</option>
          <option value="false">{t("no")}</option>
        </Select>
      );
      break;
    case "option":
      control = (
        <Select {...a11y} value={draft.text} onChange={(e) => onText(e.target.value)}>
          <option value="">{t("choose")}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      );
      break;
    case "picks": {
      const choices: [string, string][] =
        variable?.type === "boolean"
          ? [
              ["true", t("yes")],
              ["false", t("no")],
            ]
          : options.map((o) => [o, o]);
      control = (
        <fieldset aria-describedby={describedBy} className="flex flex-wrap gap-x-3 gap-y-1 py-1">
          <legend className="sr-only">{label}</legend>
          {choices.map(([value, text]) => (
            <label key={value} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={draft.picks.includes(value)}
                onChange={(e) => onPicks(e.target.checked ? [...draft.picks, value] : draft.picks.filter((p) => p !== value))}
              />
              {text}
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case "list":
    case "text":
      control = <TextInput {...a11y} value={draft.text} onChange={(e) => onText(e.target.value)} />;
      break;
  }

  return (
    <div>
      {control}
      {input === "list" ? (
        <p id={ids.hint} className="mt-1 text-xs text-slate-500">
          {t("listHint")}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
