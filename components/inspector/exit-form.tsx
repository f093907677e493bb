"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import { OUTCOMES, type Outcome } from "@/lib/script/enums";
import type { ExitNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";
import { SpokenField } from "./spoken-field";

export function ExitForm({ node, doc, update }: FormProps<ExitNode>) {
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <Field label={t("inspector.exit.outcome")} hint={t("inspector.exit.outcomeHint")}>
        {(control) => (
          <Select {...control} value={node.outcome} onChange={(e) => update({ ...node, outcome: e.target.value as Outcome })}>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`outcomes.${outcome}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SpokenField
        nodeId={node.id}
        label={t("inspector.exit.text")}
        hint={t("inspector.exit.textHint")}
        value={node.text}
        optional
        doc={doc}
        commit={(text) => update(withOptional(node, "text", text), "text")}
      />
    </div>
  );
}
