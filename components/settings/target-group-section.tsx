"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { updateSettings } from "@/lib/script/commands/settings";
import type { ScriptDocument } from "@/lib/script/document";
import { RuleListEditor } from "@/components/rules/rule-list-editor";
import { Field } from "@/components/ui/field";
import { LIMITS, parseOptionalText } from "./field-rules";
import { SectionHeading } from "./section-heading";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";

export function TargetGroupSection({ doc, dispatch }: { doc: ScriptDocument; dispatch: Dispatch }) {
  const t = useTranslations("settings.targetGroup");
  const errorText = useErrorText();
  const ids = { heading: useId(), criteria: useId() };
  const group = doc.targetGroup;
  // The criteria describe customers, so the customer record's variables come first.
  const variableGroups = [
    { label: t("customerVariables"), variables: doc.variables.filter((v) => v.source === "customer") },
    { label: t("otherVariables"), variables: doc.variables.filter((v) => v.source !== "customer") },
  ].filter((g) => g.variables.length > 0);

  const save = (changes: Partial<ScriptDocument["targetGroup"]>, burst?: string) =>
    dispatch(updateSettings, { changes: { targetGroup: { ...group, ...changes } } }, { label: "editSettings", burst });

  const description = useDraft(
    group.description,
    (v) => v,
    (text) => parseOptionalText(text, LIMITS.description),
    (value) => save({ description: value }, "target-description:script"),
  );

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

      <div className="mt-3">
        <RuleListEditor
          value={group.criteria}
          groups={variableGroups}
          words={{
            match: t("match"),
            all: t("matchAll"),
            any: t("matchAny"),
            list: t("criteria"),
            empty: () => t("empty"),
            item: (n) => t("criterion", { n }),
            add: t("add"),
            remove: (n) => t("remove", { n }),
            noVariables: t("noVariables"),
          }}
          onChange={(criteria, burst) => save({ criteria }, burst && `target-${burst}:script`)}
        />
      </div>
    </section>
  );
}
