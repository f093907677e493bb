"use client";

import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { updateSettings } from "@/lib/script/commands/settings";
import type { ScriptDocument } from "@/lib/script/document";
import { FAMILIES, LOCALES, type Family, type Locale } from "@/lib/script/enums";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FamilyStages } from "./family-stages";
import { LIMITS, parseRequiredText } from "./field-rules";
import { SectionHeading } from "./section-heading";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";

const same = (text: string) => text;

export function GeneralSection({ doc, dispatch }: { doc: ScriptDocument; dispatch: Dispatch }) {
  const t = useTranslations("settings.general");
  const tAll = useTranslations();
  const errorText = useErrorText();
  const title = useDraft(
    doc.title,
    same,
    (text) => parseRequiredText(text, LIMITS.title),
    (value) => dispatch(updateSettings, { changes: { title: value } }, { label: "editSettings", burst: "title:script" }),
  );

  return (
    <section className="max-w-2xl space-y-5">
      <SectionHeading title={tAll("settings.tabs.general")} />
      <Field label={t("title")} hint={t("titleHint")} error={errorText(title.error)}>
        {(control) => (
          <TextInput {...control} required lang={doc.locale} value={title.draft} onChange={(e) => title.change(e.target.value)} />
        )}
      </Field>

      <Field label={t("family")} hint={tAll(`familyDescriptions.${doc.family}`)}>
        {(control) => (
          <Select
            {...control}
            value={doc.family}
            onChange={(e) => dispatch(updateSettings, { changes: { family: e.target.value as Family } }, { label: "editSettings" })}
          >
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {tAll(`families.${f}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <FamilyStages doc={doc} dispatch={dispatch} />

      <Field label={t("locale")} hint={t("localeHint")}>
        {(control) => (
          <Select
            {...control}
            value={doc.locale}
            onChange={(e) => dispatch(updateSettings, { changes: { locale: e.target.value as Locale } }, { label: "editSettings" })}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tAll(`scriptLocales.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </section>
  );
}
