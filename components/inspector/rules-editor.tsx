"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { ConditionRule } from "@/lib/script/condition";
import type { ConditionNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";
import { newRule } from "./rule-values";
import { RuleRow } from "./rule-row";

type Props = FormProps<ConditionNode> & {
  mode: "all" | "any";
  rules: ConditionRule[];
  onRules: (rules: ConditionRule[], field?: string) => void;
};

/** The rules of a condition; each compares one of the script's variables with a value. */
export function RulesEditor({ doc, mode, rules, onRules }: Props) {
  const t = useTranslations("inspector.condition");
  const box = useRef<HTMLFieldSetElement>(null);
  const first = doc.variables[0];

  function add() {
    if (!first) return;
    onRules([...rules, newRule(first)]);
    // Take the designer to the new rule's variable, the first thing to choose.
    requestAnimationFrame(() => {
      const rows = box.current?.querySelectorAll("li");
      rows?.[rows.length - 1]?.querySelector("select")?.focus();
    });
  }

  function remove(index: number) {
    onRules(rules.filter((_, i) => i !== index));
    box.current?.querySelector<HTMLButtonElement>("button[data-add]")?.focus();
  }

  return (
    <fieldset ref={box}>
      <legend className="text-xs font-medium text-slate-700">{t("rules")}</legend>
      {rules.length === 0 ? <p className="mt-1 text-xs text-slate-500">{t(mode === "all" ? "noRulesAll" : "noRulesAny")}</p> : null}
      <ol className="mt-1 space-y-2">
        {/* Rules have no ids; rows are keyed by position and their fields follow the document. */}
        {rules.map((rule, index) => (
          <RuleRow
            key={index}
            doc={doc}
            rule={rule}
            number={index + 1}
            onChange={(next, field) => onRules(rules.map((r, i) => (i === index ? next : r)), field && `rule-${index}-${field}`)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      {first ? (
        <Button size="sm" className="mt-2" data-add="" onClick={add}>
          {t("addRule")}
        </Button>
      ) : (
        <p className="mt-1 text-xs text-slate-500">{t("needsVariable")}</p>
      )}
    </fieldset>
  );
}
