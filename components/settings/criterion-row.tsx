"use client";

import { useTranslations } from "use-intl";
import type { ConditionRule } from "@/lib/script/condition";
import { type ConditionOp } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { formatCriterion, opsFor, parseCriterion, sortForCriteria, valueInputFor, withOp, withVariable } from "./criterion-value";
import { CriterionValueInput } from "./criterion-value-input";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";

type Props = {
  index: number;
  rule: ConditionRule;
  variables: readonly Variable[];
  /** `typing` is true when only the value changed, so a typing run is one undo step. */
  onChange: (rule: ConditionRule, typing: boolean) => void;
  onRemove: () => void;
};

/** Shared with the column captions above the rows. */
export const CRITERION_GRID = "grid grid-cols-[1.5rem_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1.3fr)_2rem] items-start gap-2";

function variableText(v: Variable): string {
  return v.label ? `${v.label} (${v.name})` : v.name;
}

/** One criterion: variable, comparison and a value that fits both; stored only when complete. */
export function CriterionRow({ index, rule, variables, onChange, onRemove }: Props) {
  const t = useTranslations("settings.targetGroup");
  const tOps = useTranslations("settings.ops");
  const errorText = useErrorText();
  const draft = useDraft(
    rule,
    formatCriterion,
    (d) => parseCriterion(d, variables),
    (next) => onChange(next, next.var === rule.var && next.op === rule.op),
  );
  const variable = variables.find((v) => v.name === draft.draft.var);
  const type = variable?.type ?? "text";
  const ops = opsFor(type);
  if (!ops.includes(draft.draft.op)) ops.push(draft.draft.op);
  const sorted = sortForCriteria(variables);
  const customer = sorted.filter((v) => v.source === "customer");
  const others = sorted.filter((v) => v.source !== "customer");
  const n = index + 1;

  return (
    <li role="group" aria-label={t("criterion", { n })} className={CRITERION_GRID}>
      <span aria-hidden="true" className="py-1.5 text-sm text-slate-500 tabular-nums">
        {n}.
      </span>
      <Select
        aria-label={t("variable")}
        value={draft.draft.var}
        onChange={(e) => {
          const next = variables.find((v) => v.name === e.target.value);
          if (next) draft.change(withVariable(draft.draft, next, variable));
        }}
      >
        {customer.length > 0 ? (
          <optgroup label={t("customerVariables")}>
            {customer.map((v) => (
              <option key={v.name} value={v.name}>
                {variableText(v)}
              </option>
            ))}
          </optgroup>
        ) : null}
        {others.length > 0 ? (
          <optgroup label={t("otherVariables")}>
            {others.map((v) => (
              <option key={v.name} value={v.name}>
                {variableText(v)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </Select>
      <Select aria-label={t("op")} value={draft.draft.op} onChange={(e) => draft.change(withOp(draft.draft, e.target.value as ConditionOp, type))}>
        {ops.map((op) => (
          <option key={op} value={op}>
            {tOps(op)}
          </option>
        ))}
      </Select>
      <CriterionValueInput
        input={valueInputFor(draft.draft.op, type)}
        draft={draft.draft}
        variable={variable}
        error={errorText(draft.error)}
        label={valueInputFor(draft.draft.op, type) === "list" || valueInputFor(draft.draft.op, type) === "picks" ? t("values") : t("value")}
        onText={(text) => draft.change({ ...draft.draft, text })}
        onPicks={(picks) => draft.change({ ...draft.draft, picks })}
      />
      <Button size="sm" variant="danger" className="mt-0.5" data-focus-key={`criterion-remove:${index}`} onClick={onRemove}>
        <span aria-hidden="true">×</span>
        <span className="sr-only">{t("remove", { n })}</span>
      </Button>
    </li>
  );
}
