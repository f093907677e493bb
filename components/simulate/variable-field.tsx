"use client";

import { useTranslations } from "use-intl";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { Variable } from "@/lib/script/parts";

const INPUT_TYPE: Partial<Record<Variable["type"], string>> = { phone: "tel", date: "date", email: "email" };

/** One customer or system value to start the call with, a control fitting the variable's type. */
export function VariableField({ variable, value, onChange }: { variable: Variable; value: string; onChange: (value: string) => void }) {
  const t = useTranslations("simulate.customer");
  const types = useTranslations("variableTypes");
  return (
    <Field label={variable.label || variable.name} hint={`{{${variable.name}}} · ${types(variable.type)}`}>
      {(control) =>
        variable.type === "enum" || variable.type === "boolean" ? (
          <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">{t("unset")}</option>
            {variable.type === "boolean" ? (
              <>
                <option value="true">{t("yes")}</option>
                <option value="false">{t("no")}</option>
              </>
            ) : (
              (variable.options ?? []).map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))
            )}
          </Select>
        ) : (
          <TextInput
            {...control}
            type={INPUT_TYPE[variable.type] ?? "text"}
            inputMode={variable.type === "number" ? "decimal" : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className="!py-1"
          />
        )
      }
    </Field>
  );
}
