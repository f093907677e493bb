"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import { INPUT_TYPES, type InputType } from "@/lib/script/enums";
import type { InputNode } from "@/lib/script/nodes";
import { DraftTextField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";
import { parsePattern } from "./parse-field";
import { SpokenField } from "./spoken-field";
import { VariableBinding } from "./variable-binding";

// A pattern designers reach for most: a mainland mobile number.
const PATTERN_EXAMPLE = "^1[3-9]\\d{9}$";

export function InputForm(props: FormProps<InputNode>) {
  const { node, doc, update } = props;
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <SpokenField
        nodeId={node.id}
        label={t("inspector.input.text")}
        hint={t("inspector.input.textHint")}
        value={node.text}
        optional
        doc={doc}
        commit={(text) => update(withOptional(node, "text", text), "text")}
      />
      <Field label={t("inspector.input.inputType")}>
        {(control) => (
          <Select {...control} value={node.inputType} onChange={(e) => update({ ...node, inputType: e.target.value as InputType })}>
            {INPUT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`variableTypes.${type}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <VariableBinding {...props} />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" checked={node.required} onChange={(e) => update({ ...node, required: e.target.checked })} className="size-4" />
        {t("inspector.input.required")}
      </label>
      <DraftTextField
        label={t("inspector.input.pattern")}
        hint={t("inspector.input.patternHint", { example: PATTERN_EXAMPLE })}
        value={node.pattern}
        format={(v) => v ?? ""}
        parse={parsePattern}
        commit={(pattern) => update(withOptional(node, "pattern", pattern), "pattern")}
        input={{ className: "font-mono", spellCheck: false, autoComplete: "off" }}
      />
    </div>
  );
}
