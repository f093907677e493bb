"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { ConditionRule } from "@/lib/script/condition";
import type { ConditionOp } from "@/lib/script/enums";
import type { ScriptDocument } from "@/lib/script/document";
import { adaptRule, opsFor } from "./rule-values";
import { RuleValueInput } from "./rule-value-input";

type Props = {
  doc: ScriptDocument;
  rule: ConditionRule;
  number: number;
  onChange: (rule: ConditionRule, field?: string) => void;
  onRemove: () => void;
};

/** One rule: which variable, how it compares, and with what. */
export function RuleRow({ doc, rule, number, onChange, onRemove }: Props) {
  const t = useTranslations("inspector");
  // The schema guarantees the variable exists; the fallback only guards a document mid-undo.
  const variable = doc.variables.find((v) => v.name === rule.var);
  const removeLabel = t("condition.removeRule", { number });

  return (
    <li>
      <fieldset className="rounded-md border border-slate-200 bg-slate-50/60 p-2">
        <legend className="px-1 text-xs font-medium text-slate-600">{t("condition.rule", { number })}</legend>
        <div className="flex items-start gap-1.5">
          <Field label={t("condition.variable")} className="min-w-0 flex-1">
            {(control) => (
              <Select
                {...control}
                value={rule.var}
                onChange={(e) => {
                  const next = doc.variables.find((v) => v.name === e.target.value);
                  if (next) onChange(adaptRule(rule, next));
                }}
              >
                {doc.variables.map((v) => (
                  <option key={v.name} value={v.name}>
                    {t("variableOption", { label: v.label || v.name, name: v.name })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button size="sm" variant="danger" className="mt-5" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
        {variable ? (
          <div className="mt-2 grid grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] items-start gap-1.5">
            <Field label={t("condition.op")}>
              {(control) => (
                <Select {...control} value={rule.op} onChange={(e) => onChange(adaptRule(rule, variable, e.target.value as ConditionOp))}>
                  {opsFor(variable.type, rule.op).map((op) => (
                    <option key={op} value={op}>
                      {t(`ops.${op}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <RuleValueInput rule={rule} variable={variable} onValue={(value, field) => onChange({ ...rule, value }, field)} />
          </div>
        ) : null}
      </fieldset>
    </li>
  );
}
