"use client";

import { useId, type ReactNode } from "react";
import { useLocale, useTranslations } from "use-intl";
import type { Rule } from "@/lib/lint/pack-schema";
import type { Locale } from "@/lib/script/enums";
import { Badge, SEVERITY_TONE } from "./badge";
import { LevelSelect } from "./level-select";
import { RuleExamples } from "./rule-examples";
import type { SaveStatus } from "./settings-saver";
import type { LevelChoice } from "./settings-update";

type Props = {
  rule: Rule;
  packLocale: Locale | undefined;
  choice: LevelChoice;
  status: SaveStatus | undefined;
  onLevel: (choice: LevelChoice) => void;
  onRetry: () => void;
  readOnly: boolean;
};

/** One rule: what it checks, where it applies, its examples, and the workspace's level for it. */
export function RuleItem({ rule, packLocale, choice, status, onLevel, onRetry, readOnly }: Props) {
  const t = useTranslations();
  const uiLocale = useLocale();
  const headingId = useId();
  const families = rule.families ? rule.families.map((f) => t(`families.${f}`)).join(t("lintRules.listSeparator")) : t("lintRules.allFamilies");
  return (
    <article aria-labelledby={headingId} className="grid gap-x-6 gap-y-3 px-5 py-4 md:grid-cols-[minmax(0,1fr)_12rem]">
      <div className="min-w-0">
        <h4 id={headingId} className="font-mono text-sm font-semibold text-slate-900">
          {rule.id}
        </h4>
        <dl className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
          <Fact label={t("lintRules.category")}>
            <Badge>{t(`lintRules.categories.${rule.category}`)}</Badge>
          </Fact>
          <Fact label={t("lintRules.defaultSeverity")}>
            <Badge tone={SEVERITY_TONE[rule.severity]}>{t(`lintRules.severities.${rule.severity}`)}</Badge>
          </Fact>
          <Fact label={t("lintRules.families")}>
            <span className="text-slate-700">{families}</span>
          </Fact>
        </dl>
        <p className="mt-2 text-sm text-slate-800">{rule.description[uiLocale]}</p>
        <RuleExamples rule={rule} lang={packLocale} />
      </div>
      <LevelSelect rule={rule} choice={choice} status={status} onChange={onLevel} onRetry={onRetry} disabled={readOnly} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center gap-1.5">
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
