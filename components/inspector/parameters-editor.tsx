"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { ActionNode } from "@/lib/script/nodes";
import { DraftTextField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { parseParameterName, parseText } from "./parse-field";
import { nextParameterName, removeParameter, renameParameter, setParameter } from "./parameters";

// The schema's limit on a parameter value.
const MAX_VALUE = 1000;

/** What the function key hands to the agent system: named values that may hold {{variables}}. */
export function ParametersEditor({ node, doc, update }: FormProps<ActionNode>) {
  const t = useTranslations("inspector.parameters");
  const box = useRef<HTMLFieldSetElement>(null);
  const entries = Object.entries(node.parameters);
  const setParameters = (parameters: Record<string, string>, field?: string) => update({ ...node, parameters }, field);

  function add() {
    setParameters(setParameter(node.parameters, nextParameterName(node.parameters), ""));
    // Focus the new name and select it, so typing replaces the generated one.
    requestAnimationFrame(() => {
      const inputs = box.current?.querySelectorAll<HTMLInputElement>("input[data-parameter-name]");
      const last = inputs?.[inputs.length - 1];
      last?.focus();
      last?.select();
    });
  }

  function remove(name: string) {
    setParameters(removeParameter(node.parameters, name));
    box.current?.querySelector<HTMLButtonElement>("button[data-add]")?.focus();
  }

  return (
    <fieldset ref={box}>
      <legend className="text-xs font-medium text-slate-700">{t("legend")}</legend>
      <p className="mt-0.5 text-xs text-slate-500">{t("hint", { example: `{{${doc.variables[0]?.name ?? "customerName"}}}` })}</p>
      {entries.length === 0 ? <p className="mt-1 text-xs text-slate-500 italic">{t("none")}</p> : null}
      <ul className="mt-1 space-y-2">
        {/* Rows are keyed by position: a rename must not remount the row the designer types in. */}
        {entries.map(([name, value], index) => (
          <li key={index} className="rounded-md border border-slate-200 bg-slate-50/60 p-2">
            <div className="flex items-start gap-1.5">
              <DraftTextField
                className="min-w-0 flex-1"
                label={t("name", { number: index + 1 })}
                value={name}
                format={(v) => v}
                parse={(text) => parseParameterName(text, entries.map(([k]) => k).filter((k) => k !== name))}
                commit={(to) => setParameters(renameParameter(node.parameters, name, to), `parameter-name-${index}`)}
                input={{ className: "font-mono", spellCheck: false, autoComplete: "off", maxLength: 64, ...{ "data-parameter-name": "" } }}
              />
              <Button size="sm" variant="danger" className="mt-5" aria-label={t("remove", { name })} title={t("remove", { name })} onClick={() => remove(name)}>
                <span aria-hidden="true">✕</span>
              </Button>
            </div>
            <DraftTextField
              className="mt-2"
              label={t("value", { name })}
              value={value}
              format={(v) => v}
              parse={(text) => parseText(text, MAX_VALUE)}
              commit={(v) => setParameters(setParameter(node.parameters, name, v), `parameter-value-${name}`)}
              input={{ maxLength: MAX_VALUE }}
            />
          </li>
        ))}
      </ul>
      <Button size="sm" className="mt-2" data-add="" onClick={add}>
        {t("add")}
      </Button>
    </fieldset>
  );
}
