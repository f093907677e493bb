"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { parseOption } from "./field-rules";
import type { SettingsError } from "./parsed";
import { useErrorText } from "./use-error-text";

/** The editable option list of an enum variable: remove any but the last, add new ones. */
export function VariableOptions(props: { name: string; options: readonly string[]; onChange: (options: string[]) => void; hint?: string }) {
  const t = useTranslations("settings.variables");
  const errorText = useErrorText();
  const ids = { list: useId(), last: useId(), error: useId() };
  const [text, setText] = useState("");
  const [error, setError] = useState<SettingsError | null>(null);
  const only = props.options.length <= 1;

  function add() {
    const parsed = parseOption(text, props.options);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    props.onChange([...props.options, parsed.value]);
    setText("");
    setError(null);
  }

  return (
    <div>
      <ul aria-label={t("optionsOf", { name: props.name })} className="flex flex-wrap gap-1">
        {props.options.map((option) => (
          <li key={option} className="flex items-center gap-0.5 rounded bg-slate-100 py-0.5 pr-0.5 pl-2 text-xs text-slate-800">
            {option}
            <Button
              size="sm"
              variant="ghost"
              className="px-1 py-0 aria-disabled:cursor-not-allowed aria-disabled:text-slate-300"
              aria-label={t("removeOption", { option, name: props.name })}
              aria-disabled={only || undefined}
              aria-describedby={only ? ids.last : undefined}
              onClick={only ? undefined : () => props.onChange(props.options.filter((o) => o !== option))}
            >
              <span aria-hidden="true">×</span>
            </Button>
          </li>
        ))}
      </ul>
      {only && props.options.length === 1 ? (
        <p id={ids.last} className="sr-only">
          {t("lastOption")}
        </p>
      ) : null}
      {props.hint ? <p className="mt-1 text-xs text-amber-800">{props.hint}</p> : null}
      <div className="mt-1 flex min-w-0 gap-1">
        <TextInput
          aria-label={t("newOption", { name: props.name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
          className="py-1 text-xs"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button size="sm" onClick={add} aria-label={t("addOptionOf", { name: props.name })}>
          {t("addOption")}
        </Button>
      </div>
      {error ? (
        <p id={ids.error} role="alert" className="mt-1 text-xs text-red-700">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}
