"use client";

import { useTranslations } from "use-intl";
import type { Rule, RuleExample } from "@/lib/lint/pack-schema";
import type { Locale } from "@/lib/script/enums";
import { Badge } from "./badge";
import { SketchExampleView } from "./sketch-example";
import { TextExampleView } from "./text-example";

/** A rule's examples, folded away until asked for: what it must flag, then what it must leave alone. */
export function RuleExamples({ rule, lang }: { rule: Rule; lang: Locale | undefined }) {
  const t = useTranslations("lintRules.examples");
  const { fire, pass } = rule.examples;
  return (
    <details className="group mt-2">
      <summary className="cursor-pointer rounded text-sm text-blue-700 select-none hover:underline">
        {t("summary", { fire: fire.length, pass: pass.length })}
      </summary>
      <div className="mt-2 space-y-3">
        <ExampleList heading={t("fireHeading")} examples={fire} fire lang={lang} />
        <ExampleList heading={t("passHeading")} examples={pass} fire={false} lang={lang} />
      </div>
    </details>
  );
}

function ExampleList({ heading, examples, fire, lang }: { heading: string; examples: RuleExample[]; fire: boolean; lang: Locale | undefined }) {
  const t = useTranslations("lintRules.examples");
  return (
    <section aria-label={heading}>
      <ul className="space-y-2">
        {examples.map((example, index) => (
          <li key={index} className={`flex flex-wrap items-baseline gap-x-2 gap-y-1 border-l-2 pl-3 text-sm ${fire ? "border-red-300" : "border-emerald-300"}`}>
            <Badge tone={fire ? "red" : "green"}>{fire ? t("flagged") : t("notFlagged")}</Badge>
            {"script" in example ? (
              <SketchExampleView sketch={example.script} node={example.node} lang={example.script.locale ?? lang} index={index} />
            ) : (
              <TextExampleView example={example} lang={lang} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
