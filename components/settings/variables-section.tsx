"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { rulesOf } from "@/lib/script/condition";
import { removeVariable, variableUsers } from "@/lib/script/commands/variables";
import type { ScriptDocument } from "@/lib/script/document";
import type { Variable } from "@/lib/script/parts";
import { AddVariableForm } from "./add-variable-form";
import { SectionHeading } from "./section-heading";
import { useRenameKeys } from "./use-rename-keys";
import { VariableInUse } from "./variable-in-use";
import { VariableRow } from "./variable-row";

// Fixed widths, so that a hint or an error under a field does not reflow the whole table.
const COLUMNS = [
  ["colName", "w-[20%]"],
  ["colLabel", "w-[20%]"],
  ["colType", "w-[14%]"],
  ["colSource", "w-[17%]"],
  ["colOptions", "w-[21%]"],
  ["colActions", "w-[8%]"],
] as const;

type Props = {
  doc: ScriptDocument;
  dispatch: Dispatch;
  onShowElement?: (id: string) => void;
  onShowCriteria: () => void;
};

export function VariablesSection({ doc, dispatch, onShowElement, onShowCriteria }: Props) {
  const t = useTranslations("settings.variables");
  const headingId = useId();
  const keys = useRenameKeys();
  const [refused, setRefused] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const inCriteria = new Set(rulesOf(doc.targetGroup.criteria).map((r) => r.var));
  const usersOf = (name: string) => {
    const ids = new Set(variableUsers(doc, name));
    return doc.nodes.filter((n) => ids.has(n.id));
  };

  function remove(variable: Variable) {
    const users = usersOf(variable.name);
    if (users.length > 0 || inCriteria.has(variable.name)) {
      setRefused(variable.name);
      return;
    }
    dispatch(removeVariable, { name: variable.name }, { label: "editVariables" });
    setRefused(null);
    setStatus(t("removed", { name: `{{${variable.name}}}` }));
    // The row and its button are gone: focus goes back to the section.
    document.getElementById(headingId)?.focus();
  }

  return (
    <section aria-labelledby={headingId}>
      <SectionHeading id={headingId} title={t("heading")} intro={t("intro", { example: "{{customerName}}" })} />
      {doc.variables.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="-mx-1 overflow-x-auto px-1">
          <table className="w-full min-w-[52rem] table-fixed border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="text-xs text-slate-600">
                {COLUMNS.map(([key, width]) => (
                  <th key={key} scope="col" className={`pb-1 font-medium ${width}`}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.variables.map((variable) => {
                const users = usersOf(variable.name);
                const criteria = inCriteria.has(variable.name);
                return (
                  <VariableRow
                    key={keys.keyOf(variable.name)}
                    rowKey={keys.keyOf(variable.name)}
                    variable={variable}
                    otherNames={doc.variables.filter((v) => v !== variable).map((v) => v.name)}
                    usage={{ elements: users.length, criteria }}
                    dispatch={dispatch}
                    onRenamed={(from, to) => {
                      keys.renamed(from, to);
                      if (refused === from) setRefused(to);
                      setStatus(t("renamed", { from: `{{${from}}}`, to: `{{${to}}}` }));
                    }}
                    onRemove={remove}
                    after={
                      refused === variable.name && (users.length > 0 || criteria) ? (
                        <VariableInUse
                          name={variable.name}
                          users={users}
                          criteria={criteria}
                          colSpan={COLUMNS.length}
                          onShowElement={onShowElement}
                          onShowCriteria={onShowCriteria}
                          onDismiss={() => {
                            setRefused(null);
                            // The notice goes; focus returns to the button that raised it.
                            const key = CSS.escape(`remove:${keys.keyOf(variable.name)}`);
                            document.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
                          }}
                        />
                      ) : null
                    }
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="mt-2 text-xs text-slate-700 empty:hidden">
        {status}
      </p>
      <AddVariableForm doc={doc} dispatch={dispatch} onAdded={(name) => setStatus(t("added", { name: `{{${name}}}` }))} />
    </section>
  );
}
