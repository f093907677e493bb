"use client";

import { useTranslations } from "use-intl";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useDraft } from "@/components/ui/use-draft";
import type { ConditionRule } from "@/lib/script/condition";
import type { Variable } from "@/lib/script/parts";
import { choicesOf, formatRuleValue, parseRuleValue, parseScalar, valueControl, type RuleValue } from "@/lib/script/rule-values";
import { PicksField } from "./picks-field";
import { useRuleError } from "./use-rule-error";

type Props = {
  rule: ConditionRule;
  variable: Variable;
  /** `field` is set for typing, so that a typing run is one undo step; picks and choices are steps of their own. */
  onValue: (value: RuleValue, field?: string) => void;
};

/** The value a rule compares with, in the control its comparison and its variable's type call for. */
export function RuleValueInput(props: Props) {
  const t = useTranslations("rules");
  const control = valueControl(props.rule.op, props.variable.type);
  switch (control) {
    case "none":
      return <p className="mt-6 text-xs text-slate-500">{t("noValue")}</p>;
    case "boolean":
    case "option":
      return <ChoiceValue {...props} />;
    case "picks":
      return <PicksField key={props.variable.name} {...props} />;
    case "number":
    case "date":
    case "text":
    case "list":
      // Keyed so that each kind of box starts from the document, not from another kind's draft.
      return <TypedValue key={control} {...props} control={control} />;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A box to type in: valid text is committed at once, invalid text stays with its error. */
function TypedValue({ rule, variable, onValue, control }: Props & { control: "number" | "date" | "text" | "list" }) {
  const t = useTranslations("rules");
  const describe = useRuleError();
  const { draft, error, change } = useDraft({
    value: rule.value,
    format: formatRuleValue,
    parse: (text: string) => parseRuleValue(text, variable, rule.op),
    commit: (value) => onValue(value, "value"),
  });
  const list = control === "list";
  // A date the picker cannot show (typed elsewhere, e.g. in the JSON view) stays readable as text.
  const stored = typeof rule.value === "string" ? rule.value : "";
  const type = control === "number" ? "number" : control === "date" && (stored === "" || ISO_DATE.test(stored)) ? "date" : "text";
  return (
    <Field label={list ? t("values") : t("value")} hint={list ? t("listHint") : undefined} error={describe(error)}>
      {(field) => (
        <TextInput
          {...field}
          type={type}
          inputMode={type === "number" ? "decimal" : undefined}
          step={type === "number" ? "any" : undefined}
          value={draft}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One of a few values (yes/no, a list's options): a pick is always valid, so it commits at once. */
function ChoiceValue({ rule, variable, onValue }: Props) {
  const t = useTranslations("rules");
  const choices = choicesOf(variable);
  const current = formatRuleValue(rule.value);
  return (
    <Field label={t("value")}>
      {(field) => (
        <Select
          {...field}
          value={current}
          onChange={(e) => {
            const parsed = parseScalar(e.target.value, variable);
            if (parsed.ok) onValue(parsed.value);
          }}
        >
          {/* A value that is not (or no longer) a choice stays visible instead of silently changing. */}
          {choices.includes(current) ? null : (
            <option value={current} disabled>
              {current === "" ? t("choose") : t("notAnOption", { value: current })}
            </option>
          )}
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {variable.type === "boolean" ? t(choice === "true" ? "yes" : "no") : choice}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
