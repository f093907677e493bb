"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { useDraft } from "@/components/ui/use-draft";
import type { ConditionRule } from "@/lib/script/condition";
import type { Variable } from "@/lib/script/parts";
import { choicesOf, formatPicks, parsePicks, type RuleValue } from "@/lib/script/rule-values";
import { useRuleError } from "./use-rule-error";

type Props = { rule: ConditionRule; variable: Variable; onValue: (value: RuleValue) => void };

/**
 * A list of a list variable's options (or of yes/no) as ticks: no typing, no typos. Unticking the
 * last one shows an error and keeps the document as it was. A stored value that is no longer an
 * option keeps a tick of its own, so it can be seen and unticked; the tick stays in place once
 * unticked, so focus is not lost.
 */
export function PicksField({ rule, variable, onValue }: Props) {
  const t = useTranslations("rules");
  const describe = useRuleError();
  const id = useId();
  const { draft, error, change } = useDraft({
    value: rule.value,
    format: formatPicks,
    parse: (picks: string[]) => parsePicks(picks, variable),
    commit: (value) => onValue(value),
  });
  const choices = choicesOf(variable);
  const strays = (picks: readonly string[]) => picks.filter((pick) => !choices.includes(pick));
  const [shown] = useState(() => strays(formatPicks(rule.value)));
  const stale = [...new Set([...shown, ...strays(draft)])];
  const text = (choice: string) => (variable.type === "boolean" ? t(choice === "true" ? "yes" : "no") : choice);
  const message = describe(error);

  return (
    <fieldset aria-describedby={message ? `${id}-error` : undefined}>
      <legend className="text-xs font-medium text-slate-700">{t("values")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 py-1">
        {[...choices, ...stale].map((choice) => (
          <label key={choice} className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              checked={draft.includes(choice)}
              onChange={(e) => change(e.target.checked ? [...draft, choice] : draft.filter((p) => p !== choice))}
            />
            {choices.includes(choice) ? text(choice) : t("notAnOption", { value: choice })}
          </label>
        ))}
      </div>
      {message ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
