"use client";

import { useTranslations } from "use-intl";
import { RuleListEditor } from "@/components/rules/rule-list-editor";
import type { ConditionNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";

/** A condition's rules; where the call goes when they hold and when not is drawn on the canvas. */
export function ConditionForm({ node, doc, update }: FormProps<ConditionNode>) {
  const t = useTranslations("inspector.condition");
  return (
    <RuleListEditor
      value={node.rules}
      groups={[{ variables: doc.variables }]}
      words={{
        match: t("match"),
        matchHint: t("matchHint"),
        all: t("all"),
        any: t("any"),
        list: t("rules"),
        empty: (match) => t(match === "all" ? "noRulesAll" : "noRulesAny"),
        item: (number) => t("rule", { number }),
        add: t("addRule"),
        remove: (number) => t("removeRule", { number }),
        noVariables: t("needsVariable"),
      }}
      onChange={(rules, burst) => update({ ...node, rules }, burst)}
    />
  );
}
