"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import type { ConditionRule } from "@/lib/script/condition";
import type { Variable } from "@/lib/script/parts";
import { DraftNumberField, DraftTextField } from "./draft-fields";
import { fail, ok } from "./field-error";
import { formatRuleValue, parseRuleValue, valueControl, type RuleValue } from "./rule-values";

type Props = { rule: ConditionRule; variable: Variable; onValue: (value: RuleValue, field?: string) => void };

/** The value a rule compares with, in the control its variable's type and its comparison call for. */
export function RuleValueInput({ rule, variable, onValue }: Props) {
  const t = useTranslations("inspector.condition");
  const label = t("value");
  switch (valueControl(rule.op, variable.type)) {
    case "none":
      return <p className="mt-6 text-xs text-slate-500">{t("noValue")}</p>;
    case "boolean":
      return (
        <Field label={label}>
          {(control) => (
            <Select {...control} value={String(rule.value === true || rule.value === "true")} onChange={(e) => onValue(e.target.value === "true")}>
              <option value="true">{t("yes")}</option>
              <option value="false">{t("no")}</option>
            </Select>
          )}
        </Field>
      );
    case "enum": {
      const options = variable.options ?? [];
      const current = String(rule.value ?? "");
      return (
        <Field label={label}>
          {(control) => (
            <Select {...control} value={current} onChange={(e) => onValue(e.target.value)}>
              {/* A value that is no longer an option stays visible instead of silently changing. */}
              {options.includes(current) ? null : <option value={current}>{t("notAnOption", { value: current })}</option>}
              {options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </Select>
          )}
        </Field>
      );
    }
    case "number":
      return (
        <DraftNumberField
          label={label}
          value={rule.value}
          format={(v) => (typeof v === "number" ? v : null)}
          parse={(n) => (n === null ? fail({ code: "required" }) : ok(n))}
          commit={(v) => onValue(v, "value")}
        />
      );
    case "list":
    case "text":
      return (
        <DraftTextField
          label={label}
          hint={valueControl(rule.op, variable.type) === "list" ? t("listHint") : undefined}
          value={rule.value}
          format={formatRuleValue}
          parse={(text) => parseRuleValue(text, variable, rule.op)}
          commit={(v) => onValue(v, "value")}
        />
      );
  }
}
