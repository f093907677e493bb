"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import type { ControlsProps } from "./step-controls";

const HTML_TYPE = { text: "text", number: "text", phone: "tel", date: "date", email: "email", enum: "text" } as const;

/**
 * A fill-in field as the agent desktop shows it: the variable's label, its type and whether it is
 * required, and the engine's message when the value does not pass. Enter records it.
 */
export function InputControls({ node, doc, give, error }: ControlsProps<"input">) {
  const t = useTranslations("simulate.step");
  const types = useTranslations("variableTypes");
  const id = useId();
  const [value, setValue] = useState("");
  const variable = doc.variables.find((v) => v.name === node.variable);
  const hint = [types(node.inputType), node.required ? t("required") : t("optional")];
  if (node.pattern) hint.push(t("pattern", { pattern: node.pattern }));
  const options = variable?.options ?? [];
  const control = { id, "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`, "aria-invalid": error ? true : undefined, "data-autofocus": true } as const;
  return (
    <form
      noValidate
      className="space-y-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        give({ type: "input", value });
      }}
    >
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {variable?.label || node.variable} <code className="text-[11px] font-normal text-slate-500">{`{{${node.variable}}}`}</code>
      </label>
      <div className="flex gap-2">
        {node.inputType === "enum" ? (
          <Select {...control} value={value} onChange={(e) => setValue(e.target.value)} className="min-w-0 flex-1">
            <option value="" />
            {options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </Select>
        ) : (
          <TextInput
            {...control}
            type={HTML_TYPE[node.inputType]}
            inputMode={node.inputType === "number" ? "decimal" : undefined}
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className="min-w-0 flex-1"
          />
        )}
        <Button type="submit" variant="primary">
          {t("record")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint.join(" · ")}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
