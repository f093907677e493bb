"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { addVariable } from "@/lib/script/commands/variables";
import type { ScriptDocument } from "@/lib/script/document";
import { VARIABLE_SOURCES, VARIABLE_TYPES, type VariableSource, type VariableType } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { LIMITS, parseOptionList, parseOptionalText, parseVariableName } from "./field-rules";
import type { SettingsError } from "./parsed";
import { useErrorText } from "./use-error-text";

type Errors = { name?: SettingsError; label?: SettingsError; options?: SettingsError };

export function AddVariableForm({ doc, dispatch, onAdded }: { doc: ScriptDocument; dispatch: Dispatch; onAdded: (name: string) => void }) {
  const t = useTranslations("settings.variables");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const [name, setName] = useState("");
  const [label, setLabel] = useState("");
  const [type, setType] = useState<VariableType>("text");
  const [source, setSource] = useState<VariableSource>("input");
  const [options, setOptions] = useState("");
  const [errors, setErrors] = useState<Errors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = {
      name: parseVariableName(name, doc.variables.map((v) => v.name)),
      label: parseOptionalText(label, LIMITS.variableLabel),
      options: type === "enum" ? parseOptionList(options) : null,
    };
    const next: Errors = {};
    if (!parsed.name.ok) next.name = parsed.name.error;
    if (!parsed.label.ok) next.label = parsed.label.error;
    if (parsed.options && !parsed.options.ok) next.options = parsed.options.error;
    setErrors(next);
    if (!parsed.name.ok || !parsed.label.ok || (parsed.options && !parsed.options.ok)) return;
    const variable: Variable = { name: parsed.name.value, type, label: parsed.label.value, source, ...(parsed.options ? { options: parsed.options.value } : {}) };
    dispatch(addVariable, { variable }, { label: "editVariables" });
    setName("");
    setLabel("");
    setOptions("");
    onAdded(variable.name);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 rounded-md border border-slate-200 bg-white p-4">
      <h4 className="text-sm font-medium text-slate-800">{t("addHeading")}</h4>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t("newName")} hint={t("newNameHint")} error={errorText(errors.name ?? null)}>
          {(control) => <TextInput {...control} className="font-mono" spellCheck={false} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("newLabel")} error={errorText(errors.label ?? null)}>
          {(control) => <TextInput {...control} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label={t("newType")}>
          {(control) => (
            <Select {...control} value={type} onChange={(e) => setType(e.target.value as VariableType)}>
              {VARIABLE_TYPES.map((v) => (
                <option key={v} value={v}>
                  {tAll(`variableTypes.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t("newSource")}>
          {(control) => (
            <Select {...control} value={source} onChange={(e) => setSource(e.target.value as VariableSource)}>
              {VARIABLE_SOURCES.map((v) => (
                <option key={v} value={v}>
                  {tAll(`variableSources.${v}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {type === "enum" ? (
          <Field label={t("newOptions")} hint={t("newOptionsHint")} error={errorText(errors.options ?? null)} className="sm:col-span-2">
            {(control) => <TextInput {...control} value={options} onChange={(e) => setOptions(e.target.value)} />}
          </Field>
        ) : null}
      </div>
      <Button type="submit" variant="primary" className="mt-3">
        {t("add")}
      </Button>
    </form>
  );
}
