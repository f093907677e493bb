"use client";

import { useEffect, useId, useRef } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { rulesOf, type ConditionRule } from "@/lib/script/condition";
import { updateSettings } from "@/lib/script/commands/settings";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CRITERION_GRID, CriterionRow } from "./criterion-row";
import { newCriterion } from "./criterion-value";
import { LIMITS, parseOptionalText } from "./field-rules";
import { SectionHeading } from "./section-heading";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";

type Mode = "all" | "any";

export function TargetGroupSection({ doc, dispatch }: { doc: ScriptDocument; dispatch: Dispatch }) {
  const t = useTranslations("settings.targetGroup");
  const errorText = useErrorText();
  const ids = { heading: useId(), criteria: useId(), noVariables: useId() };
  const listRef = useRef<HTMLOListElement>(null);
  // After adding or removing a criterion, where focus goes once the list has re-rendered.
  const focusAfter = useRef<string | null>(null);
  const group = doc.targetGroup;
  const mode: Mode = "all" in group.criteria ? "all" : "any";
  const rules = rulesOf(group.criteria);
  const fresh = newCriterion(doc.variables);

  const save = (changes: Partial<ScriptDocument["targetGroup"]>, burst?: string) =>
    dispatch(updateSettings, { changes: { targetGroup: { ...group, ...changes } } }, { label: "editSettings", burst });
  const setRules = (next: ConditionRule[], as: Mode = mode, burst?: string) =>
    save({ criteria: as === "all" ? { all: next } : { any: next } }, burst);

  const description = useDraft(
    group.description,
    (v) => v,
    (text) => parseOptionalText(text, LIMITS.description),
    (value) => save({ description: value }, "target-description:script"),
  );

  useEffect(() => {
    const key = focusAfter.current;
    if (!key) return;
    focusAfter.current = null;
    const target =
      key === "add"
        ? document.getElementById(`${ids.criteria}-add`)
        : listRef.current?.querySelector<HTMLElement>(key === "last" ? "li:last-child select" : `[data-focus-key="${CSS.escape(key)}"]`);
    target?.focus();
  }, [group.criteria, ids.criteria]);

  function add() {
    if (!fresh) return;
    focusAfter.current = "last";
    setRules([...rules, fresh]);
  }

  function remove(index: number) {
    const left = rules.length - 1;
    focusAfter.current = left === 0 ? "add" : `criterion-remove:${Math.min(index, left - 1)}`;
    setRules(rules.filter((_, i) => i !== index));
  }

  return (
    <section aria-labelledby={ids.heading} className="max-w-4xl">
      <SectionHeading id={ids.heading} title={t("heading")} />
      <Field label={t("description")} hint={t("descriptionHint")} error={errorText(description.error)}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={doc.locale}
            value={description.draft}
            onChange={(e) => description.change(e.target.value)}
            className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm aria-invalid:border-red-500"
          />
        )}
      </Field>

      <h4 id={ids.criteria} className="mt-6 text-sm font-medium text-slate-800">
        {t("criteria")}
      </h4>
      <p className="text-xs text-slate-600">{t("criteriaIntro")}</p>

      <fieldset className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-4 text-slate-700">{t("match")}</legend>
        {(["all", "any"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1.5">
            <input type="radio" name={`${ids.criteria}-mode`} checked={mode === m} onChange={() => setRules(rules, m)} />
            {t(m === "all" ? "matchAll" : "matchAny")}
          </label>
        ))}
      </fieldset>

      {rules.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        // Visual captions only: each control carries its own accessible name.
        <div aria-hidden="true" className={`${CRITERION_GRID} mt-3 text-xs font-medium text-slate-600`}>
          <span />
          <span>{t("variable")}</span>
          <span>{t("op")}</span>
          <span>{t("value")}</span>
        </div>
      )}
      <ol ref={listRef} aria-labelledby={ids.criteria} className="mt-1 space-y-3 empty:hidden">
        {rules.map((rule, i) => (
          <CriterionRow
            // Criteria have no ids; a row that shifts after a removal shows its new rule.
            key={i}
            index={i}
            rule={rule}
            variables={doc.variables}
            onChange={(next, typing) => setRules(rules.map((r, j) => (j === i ? next : r)), mode, typing ? `criterion:${i}` : undefined)}
            onRemove={() => remove(i)}
          />
        ))}
      </ol>
      <Button
        id={`${ids.criteria}-add`}
        className="mt-3 aria-disabled:cursor-not-allowed aria-disabled:text-slate-400"
        aria-disabled={fresh ? undefined : true}
        aria-describedby={fresh ? undefined : ids.noVariables}
        onClick={add}
      >
        {t("add")}
      </Button>
      {fresh ? null : (
        <p id={ids.noVariables} className="mt-1 text-xs text-slate-600">
          {t("noVariables")}
        </p>
      )}
    </section>
  );
}
