"use client";

import { useId, type ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "use-intl";
import type { RulePack } from "@/lib/lint/pack-schema";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { Badge } from "./badge";
import { RuleItem } from "./rule-item";
import type { SaveStatus } from "./settings-saver";
import { levelOf, type LevelChoice } from "./settings-update";

type Props = {
  pack: RulePack;
  builtin: boolean;
  disabled: boolean;
  /** Custom packs: when and by whom the pack was last saved. */
  changed?: { at: string; by: string };
  settings: WorkspaceLintSettings;
  statuses: ReadonlyMap<string, SaveStatus>;
  onLevel: (ruleId: string, choice: LevelChoice) => void;
  onRetry: () => void;
  /** The reader may not change rule levels (approvers): the levels are shown, not offered. */
  readOnly: boolean;
  /** Edit and delete buttons (custom packs). */
  actions?: ReactNode;
};

export const packAnchor = (id: string) => `pack-${id}`;

/** A pack: its name, language and description, then every rule it holds. */
export function PackCard({ pack, builtin, disabled, changed, settings, statuses, onLevel, onRetry, readOnly, actions }: Props) {
  const t = useTranslations("lintRules");
  const tRoot = useTranslations();
  const format = useFormatter();
  const uiLocale = useLocale();
  const headingId = useId();
  const name = pack.name[uiLocale];
  return (
    <section id={packAnchor(pack.id)} aria-labelledby={headingId} className="scroll-mt-4 overflow-hidden rounded-lg border border-slate-200 bg-white">
      <header className="flex flex-wrap items-start gap-3 border-b border-slate-200 bg-slate-50/60 px-5 py-4">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
            {name}
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
            <Badge tone={builtin ? "slate" : "blue"}>{builtin ? t("builtin") : t("custom")}</Badge>
            {disabled ? <Badge tone="amber">{t("disabled")}</Badge> : null}
            <span>{pack.locale ? tRoot(`scriptLocales.${pack.locale}`) : t("allLanguages")}</span>
            <span>{t("ruleCount", { count: pack.rules.length })}</span>
            <span>
              {t("packId")} <code className="font-mono text-slate-700">{pack.id}</code>
            </span>
            {changed ? <span>{t("changed", { when: format.dateTime(new Date(changed.at), { dateStyle: "medium", timeStyle: "short" }), who: changed.by })}</span> : null}
          </p>
          {pack.description ? <p className="mt-2 max-w-3xl text-sm text-slate-700">{pack.description[uiLocale]}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </header>
      <ul aria-label={t("rulesOf", { name })} className="divide-y divide-slate-100">
        {pack.rules.map((rule) => (
          <li key={rule.id}>
            <RuleItem
              rule={rule}
              packLocale={pack.locale}
              choice={levelOf(settings, rule.id)}
              status={statuses.get(rule.id)}
              onLevel={(choice) => onLevel(rule.id, choice)}
              onRetry={onRetry}
              readOnly={readOnly}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
