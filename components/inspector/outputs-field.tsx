"use client";

import { useTranslations } from "use-intl";
import type { ActionNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";

/** The variables a function key sets (e.g. the order number a submission returns). */
export function OutputsField({ node, doc, update }: FormProps<ActionNode>) {
  const t = useTranslations("inspector");
  const outputs = node.outputs ?? [];

  function toggle(name: string, on: boolean) {
    const next = on ? [...outputs, name] : outputs.filter((o) => o !== name);
    update(withOptional(node, "outputs", next.length > 0 ? next : undefined));
  }

  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700">{t("outputs.legend")}</legend>
      <p className="mt-0.5 text-xs text-slate-500">{t("outputs.hint")}</p>
      {doc.variables.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500 italic">{t("outputs.noVariables")}</p>
      ) : (
        <ul className="mt-1 space-y-0.5 rounded-md border border-slate-200 bg-white p-2">
          {doc.variables.map((v) => (
            <li key={v.name}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" className="size-4" checked={outputs.includes(v.name)} onChange={(e) => toggle(v.name, e.target.checked)} />
                {t("variableOption", { label: v.label || v.name, name: v.name })}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
