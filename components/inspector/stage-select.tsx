"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import type { ScriptDocument } from "@/lib/script/document";
import { NO_STAGE, stageFromValue, stagesInOrder } from "./stages";

/**
 * The stage select, for one element or several. `value` undefined means the selected elements
 * are in different stages: the select then shows a placeholder until the designer picks one.
 */
export function StageSelect(props: { doc: ScriptDocument; label: string; hint?: string; value: string | null | undefined; onChange: (stageId: string | null) => void }) {
  const t = useTranslations("inspector.stage");
  const value = props.value === undefined ? "mixed" : (props.value ?? NO_STAGE);
  return (
    <Field label={props.label} hint={props.hint}>
      {(control) => (
        <Select {...control} value={value} onChange={(e) => props.onChange(stageFromValue(e.target.value))}>
          {props.value === undefined ? (
            <option value="mixed" disabled>
              {t("mixed")}
            </option>
          ) : null}
          {stagesInOrder(props.doc).map((stage, i) => (
            <option key={stage.id} value={stage.id}>
              {t("option", { number: i + 1, name: stage.name })}
            </option>
          ))}
          <option value={NO_STAGE}>{t("none")}</option>
        </Select>
      )}
    </Field>
  );
}
