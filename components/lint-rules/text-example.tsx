"use client";

import { useTranslations } from "use-intl";
import type { RuleExample } from "@/lib/lint/pack-schema";
import type { Locale } from "@/lib/script/enums";
import { markedText } from "./marked-text";
import { textLang } from "./text-lang";

type TextExample = Extract<RuleExample, { text: string }>;

/** One line said in a stage: the marked words highlighted, and the text after the fix. */
export function TextExampleView({ example, lang }: { example: TextExample; lang: Locale | undefined }) {
  const t = useTranslations();
  const parts = markedText(example.text, example.mark);
  const textLocale = textLang(example.text, lang);
  return (
    <>
      {example.stage ? <span className="text-xs text-slate-500">{t("lintRules.examples.inStage", { stage: t(`settings.roles.${example.stage}`) })}</span> : null}
      <span lang={textLocale} className="rounded bg-slate-50 px-1.5 py-0.5 text-slate-900 ring-1 ring-slate-200 ring-inset [overflow-wrap:anywhere]">
        {parts.before}
        {parts.mark !== null ? <mark className="rounded-sm bg-amber-200 px-0.5 text-inherit">{parts.mark}</mark> : null}
        {parts.after}
      </span>
      {example.fixed !== undefined ? (
        <span className="inline-flex flex-wrap items-baseline gap-1 text-emerald-800">
          <span aria-hidden="true">→</span>
          <span className="sr-only">{t("lintRules.examples.fixedLabel")}</span>
          <span lang={textLocale} className="[overflow-wrap:anywhere]">
            {example.fixed}
          </span>
        </span>
      ) : null}
    </>
  );
}
