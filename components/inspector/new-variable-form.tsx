"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import type { InputType } from "@/lib/script/enums";
import type { ScriptDocument } from "@/lib/script/document";
import type { Variable } from "@/lib/script/parts";
import { useDescribeError } from "./describe-error";
import { parseOptions, parseVariableName } from "./parse-field";

// The schema's limit on a variable's label.
const MAX_LABEL = 60;

/**
 * Declares a variable for a fill-in field: its type is the field's, its source is "input" (the
 * agent fills it in). A "one of a list" variable needs its options, or the schema refuses it.
 */
export function NewVariableForm(props: { doc: ScriptDocument; type: InputType; onCreate: (variable: Variable) => void; onCancel: () => void }) {
  const t = useTranslations();
  const describe = useDescribeError();
  const [name, setName] = useState("");
  const [label, setLabel] = useState("");
  const [optionsText, setOptionsText] = useState("");
  // Errors show once the designer has typed a name or tried to create; not on an empty form.
  const [tried, setTried] = useState(false);
  const parsedName = parseVariableName(name, props.doc.variables.map((v) => v.name));
  const parsedOptions = props.type === "enum" ? parseOptions(optionsText) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!parsedName.ok || (parsedOptions && !parsedOptions.ok)) return;
    const variable: Variable = { name: parsedName.value, type: props.type, label: label.trim() || parsedName.value, source: "input" };
    props.onCreate(parsedOptions?.ok ? { ...variable, options: parsedOptions.value } : variable);
  }

  const nameError = (tried || name !== "") && !parsedName.ok ? describe(parsedName.error) : null;
  const optionsError = tried && parsedOptions && !parsedOptions.ok ? describe(parsedOptions.error) : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t("inspector.newVariable.legend")} className="mt-2 space-y-3 rounded-md border border-blue-200 bg-blue-50/50 p-3">
      <p className="text-xs font-medium text-slate-700">
        {t("inspector.newVariable.legend")}
        <span className="font-normal text-slate-500"> · {t("inspector.newVariable.typeNote", { type: t(`variableTypes.${props.type}`) })}</span>
      </p>
      <Field label={t("inspector.newVariable.name")} hint={t("inspector.newVariable.nameHint", { example: `{{${name.trim() || t("inspector.newVariable.nameExample")}}}` })} error={nameError}>
        {(control) => <TextInput {...control} autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={64} spellCheck={false} autoComplete="off" />}
      </Field>
      <Field label={t("inspector.newVariable.label")} hint={t("inspector.newVariable.labelHint")}>
        {(control) => <TextInput {...control} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={MAX_LABEL} />}
      </Field>
      {props.type === "enum" ? (
        <Field label={t("inspector.newVariable.options")} hint={t("inspector.newVariable.optionsHint")} error={optionsError}>
          {(control) => <TextInput {...control} value={optionsText} onChange={(e) => setOptionsText(e.target.value)} />}
        </Field>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm">
          {t("inspector.newVariable.create")}
        </Button>
        <Button size="sm" onClick={props.onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
