"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import { rulesOf, type ConditionRule } from "@/lib/script/condition";
import type { ConditionNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";
import { RulesEditor } from "./rules-editor";

type Mode = "all" | "any";

export function ConditionForm(props: FormProps<ConditionNode>) {
  const { node, update } = props;
  const t = useTranslations("inspector.condition");
  const mode: Mode = "all" in node.rules ? "all" : "any";
  const rules = rulesOf(node.rules);
  const write = (next: Mode, list: ConditionRule[], field?: string) =>
    update({ ...node, rules: next === "all" ? { all: list } : { any: list } }, field);

  return (
    <div className="space-y-4">
      <Field label={t("match")} hint={t("matchHint")}>
        {(control) => (
          <Select {...control} value={mode} onChange={(e) => write(e.target.value as Mode, rules)}>
            <option value="all">{t("all")}</option>
            <option value="any">{t("any")}</option>
          </Select>
        )}
      </Field>
      <RulesEditor {...props} mode={mode} rules={rules} onRules={(list, field) => write(mode, list, field)} />
    </div>
  );
}
