"use client";

import { Fragment } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { ConditionRule } from "@/lib/script/condition";
import type { ConditionOp } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { adaptRule, opsFor } from "@/lib/script/rule-values";
import { RuleValueInput } from "./rule-value-input";
import type { VariableGroup } from "./variable-group";

type Props = {
  rule: ConditionRule;
  /** "Rule 2", "Criterion 2": the row's legend. */
  label: string;
  /** The remove button's accessible name, saying which row it removes. */
  removeLabel: string;
  /** Lets the list move focus to this row's remove button after another row is removed. */
  focusKey: string;
  groups: readonly VariableGroup[];
  onChange: (rule: ConditionRule, field?: string) => void;
  onRemove: () => void;
};

/**
 * One rule: which variable, how it compares, and with what. Changing the variable or the
 * comparison commits the rule adapted to it (always valid); only the value is typed.
 * One row under a narrow panel, wrapped in two lines; on one line when there is room.
 */
export function RuleRow({ rule, label, removeLabel, focusKey, groups, onChange, onRemove }: Props) {
  const t = useTranslations("rules");
  const tOp = useTranslations("opNames");
  // The schema guarantees the variable exists; the fallback only guards a document mid-undo.
  const variable = groups.flatMap((g) => g.variables).find((v) => v.name === rule.var);
  const optionsOf = (variables: readonly Variable[]) =>
    variables.map((v) => (
      <option key={v.name} value={v.name}>
        {v.label ? t("variableOption", { label: v.label, name: v.name }) : v.name}
      </option>
    ));

  return (
    <li>
      <fieldset className="rounded-md border border-slate-200 bg-slate-50/60 p-2">
        <legend className="px-1 text-xs font-medium text-slate-600">{label}</legend>
        <div className="@container">
          <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-1.5 @xl:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1.3fr)_auto]">
            <Field label={t("variable")} className="col-span-3 @xl:col-span-1">
              {(field) => (
                <Select
                  {...field}
                  value={rule.var}
                  onChange={(e) => {
                    const next = groups.flatMap((g) => g.variables).find((v) => v.name === e.target.value);
                    if (next) onChange(adaptRule(rule, next));
                  }}
                >
                  {groups.map((group, i) =>
                    group.label ? (
                      <optgroup key={i} label={group.label}>
                        {optionsOf(group.variables)}
                      </optgroup>
                    ) : (
                      <Fragment key={i}>{optionsOf(group.variables)}</Fragment>
                    ),
                  )}
                </Select>
              )}
            </Field>
            {variable ? (
              <>
                <Field label={t("op")}>
                  {(field) => (
                    <Select {...field} value={rule.op} onChange={(e) => onChange(adaptRule(rule, variable, e.target.value as ConditionOp))}>
                      {opsFor(variable.type, rule.op).map((op) => (
                        <option key={op} value={op}>
                          {tOp(op)}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <RuleValueInput rule={rule} variable={variable} onValue={(value, field) => onChange({ ...rule, value }, field)} />
              </>
            ) : (
              <span className="col-span-2 @xl:col-span-2" />
            )}
            <Button size="sm" variant="danger" className="mt-5" aria-label={removeLabel} title={removeLabel} data-focus-key={focusKey} onClick={onRemove}>
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
        </div>
      </fieldset>
    </li>
  );
}
