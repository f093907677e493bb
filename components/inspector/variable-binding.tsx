"use client";

import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import type { InputNode } from "@/lib/script/nodes";
import type { Variable } from "@/lib/script/parts";
import { addVariableAndBind } from "./bind-new-variable";
import type { FormProps } from "./form-props";
import { NewVariableForm } from "./new-variable-form";

// Not a valid variable name (it starts with "+"), so it cannot clash with a real one.
const NEW = "+new";

/** Which variable a fill-in field stores into, or a new one declared on the spot. */
export function VariableBinding({ node, doc, dispatch, update }: FormProps<InputNode>) {
  const t = useTranslations();
  const [creating, setCreating] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const bound = doc.variables.find((v) => v.name === node.variable);
  const mismatch = bound && bound.type !== node.inputType;

  function create(variable: Variable) {
    dispatch(addVariableAndBind, { variable, nodeId: node.id }, { label: "editVariables" });
    setCreating(false);
  }

  function cancel() {
    setCreating(false);
    box.current?.querySelector("select")?.focus();
  }

  return (
    <div ref={box}>
      <Field
        label={t("inspector.input.variable")}
        hint={
          mismatch
            ? t("inspector.input.typeMismatch", { name: bound.label || bound.name, type: t(`variableTypes.${bound.type}`), inputType: t(`variableTypes.${node.inputType}`) })
            : t("inspector.input.variableHint")
        }
      >
        {(control) => (
          <Select
            {...control}
            value={creating ? NEW : node.variable}
            onChange={(e) => (e.target.value === NEW ? setCreating(true) : (setCreating(false), update({ ...node, variable: e.target.value })))}
          >
            {doc.variables.map((v) => (
              <option key={v.name} value={v.name}>
                {t("inspector.variableOption", { label: v.label || v.name, name: v.name })}
              </option>
            ))}
            <option value={NEW}>{t("inspector.input.newVariable")}</option>
          </Select>
        )}
      </Field>
      {creating ? <NewVariableForm doc={doc} type={node.inputType} onCreate={create} onCancel={cancel} /> : null}
    </div>
  );
}
