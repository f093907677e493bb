"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { updateVariable } from "@/lib/script/commands/variables";
import { VARIABLE_SOURCES, VARIABLE_TYPES, type VariableSource, type VariableType } from "@/lib/script/enums";
import type { Variable } from "@/lib/script/parts";
import { Button } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { CellField } from "./cell-field";
import { LIMITS, parseOptionalText, parseVariableName } from "./field-rules";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";
import { VariableOptions } from "./variable-options";

type Props = {
  variable: Variable;
  /** Stable across renames: burst keys use it so a rename does not split a typing run. */
  rowKey: string;
  otherNames: readonly string[];
  /** How many elements use the variable, and whether the target group's criteria do. */
  usage: { elements: number; criteria: boolean };
  dispatch: Dispatch;
  onRenamed: (from: string, to: string) => void;
  onRemove: (variable: Variable) => void;
  /** A row under this one (the "still used" notice). */
  after?: ReactNode;
};

/** A variable without options unless it is a list variable: the schema wants options exactly there. */
function withType(variable: Variable, type: VariableType, options?: string[]): Variable {
  const { options: _old, ...rest } = variable;
  return type === "enum" ? { ...rest, type, options: options ?? variable.options ?? [] } : { ...rest, type };
}

export function VariableRow({ variable, rowKey, otherNames, usage, dispatch, onRenamed, onRemove, after }: Props) {
  const t = useTranslations("settings.variables");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const edit = (next: Variable, burst?: string) =>
    dispatch(updateVariable, { name: variable.name, variable: next }, { label: "editVariables", burst: burst ? `${burst}:${rowKey}` : undefined });

  // A rename is committed on Enter or when the field is left, not per keystroke: each commit
  // rewrites every {{placeholder}}, and passing through intermediate names would capture
  // unrelated placeholders that happen to match them.
  const name = useDraft(
    variable.name,
    (v) => v,
    (text) => parseVariableName(text, otherNames),
    (to) => {
      onRenamed(variable.name, to);
      edit({ ...variable, name: to });
    },
    { commitOnChange: false },
  );
  const label = useDraft(
    variable.label,
    (v) => v,
    (text) => parseOptionalText(text, LIMITS.variableLabel),
    (value) => edit({ ...variable, label: value }, "variable-label"),
  );
  // Choosing "one of a list" waits for a first option: the schema wants at least one.
  const [enumPendingFrom, setEnumPendingFrom] = useState<VariableType | null>(null);
  const enumPending = enumPendingFrom !== null && enumPendingFrom === variable.type;
  const shownType = enumPending ? "enum" : variable.type;

  function changeType(type: VariableType) {
    if (type === "enum" && !variable.options) {
      setEnumPendingFrom(variable.type);
      return;
    }
    setEnumPendingFrom(null);
    edit(withType(variable, type));
  }

  const renameHint = name.pending
    ? t("renameHint", {
        count: usage.elements,
        from: `{{${variable.name}}}`,
        to: `{{${name.draft.trim()}}}`,
        criteria: usage.criteria ? "yes" : "no",
      })
    : null;

  return (
    <>
      <tr className="border-t border-slate-200 align-top">
        <td className="py-2 pr-2">
          <CellField error={errorText(name.error)} hint={renameHint}>
            {(a11y) => (
              <TextInput
                {...a11y}
                aria-label={t("nameOf", { name: variable.name })}
                className="font-mono"
                required
                spellCheck={false}
                value={name.draft}
                onChange={(e) => name.change(e.target.value)}
                onBlur={name.commit}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    name.commit();
                  } else if (e.key === "Escape" && name.draft !== variable.name) {
                    // Escape first takes back the unfinished rename; a second one closes the panel.
                    e.preventDefault();
                    name.reset();
                  }
                }}
              />
            )}
          </CellField>
        </td>
        <td className="py-2 pr-2">
          <CellField error={errorText(label.error)}>
            {(a11y) => (
              <TextInput {...a11y} aria-label={t("labelOf", { name: variable.name })} value={label.draft} onChange={(e) => label.change(e.target.value)} />
            )}
          </CellField>
        </td>
        <td className="py-2 pr-2">
          <Select aria-label={t("typeOf", { name: variable.name })} value={shownType} onChange={(e) => changeType(e.target.value as VariableType)}>
            {VARIABLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {tAll(`variableTypes.${type}`)}
              </option>
            ))}
          </Select>
        </td>
        <td className="py-2 pr-2">
          <Select
            aria-label={t("sourceOf", { name: variable.name })}
            value={variable.source}
            onChange={(e) => edit({ ...variable, source: e.target.value as VariableSource })}
          >
            {VARIABLE_SOURCES.map((source) => (
              <option key={source} value={source}>
                {tAll(`variableSources.${source}`)}
              </option>
            ))}
          </Select>
        </td>
        <td className="py-2 pr-2">
          {shownType === "enum" ? (
            <VariableOptions
              name={variable.name}
              options={variable.options ?? []}
              hint={enumPending ? t("optionsPending", { name: variable.name }) : undefined}
              onChange={(options) => {
                setEnumPendingFrom(null);
                edit(withType(variable, "enum", options));
              }}
            />
          ) : (
            <span className="text-sm text-slate-400">{t("noOptions")}</span>
          )}
        </td>
        <td className="py-2">
          <Button
            size="sm"
            variant="danger"
            data-focus-key={`remove:${rowKey}`}
            aria-label={t("remove", { name: variable.name })}
            onClick={() => onRemove(variable)}
          >
            {t("removeShort")}
          </Button>
        </td>
      </tr>
      {after}
    </>
  );
}
