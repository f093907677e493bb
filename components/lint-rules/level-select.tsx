"use client";

import { useTranslations } from "use-intl";
import type { Rule } from "@/lib/lint/pack-schema";
import { RULE_LEVELS } from "@/lib/script/lint-settings";
import { SaveState } from "./save-state";
import type { SaveStatus } from "./settings-saver";
import type { LevelChoice } from "./settings-update";

const CHOICES: readonly LevelChoice[] = ["default", ...RULE_LEVELS];

/** The workspace's level for one rule; saved as soon as it changes. Disabled for those who may only read it. */
export function LevelSelect(props: {
  rule: Rule;
  choice: LevelChoice;
  status: SaveStatus | undefined;
  onChange: (choice: LevelChoice) => void;
  onRetry: () => void;
  disabled?: boolean;
}) {
  const t = useTranslations("lintRules");
  const { rule, choice } = props;
  const label = (c: LevelChoice) => (c === "default" ? t("levels.default", { severity: t(`severities.${rule.severity}`) }) : t(`levels.${c}`));
  return (
    <div className="flex flex-col items-start gap-1">
      <span aria-hidden="true" className="text-xs font-medium text-slate-500">
        {t("levelHeading")}
      </span>
      <select
        aria-label={t("levelLabel", { rule: rule.id })}
        value={choice}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value as LevelChoice)}
        className={`w-full rounded-md border bg-white px-2 py-1 text-sm disabled:bg-slate-50 disabled:text-slate-500 ${choice === "default" ? "border-slate-300 text-slate-700" : "border-blue-400 font-medium text-slate-900 ring-1 ring-blue-200"}`}
      >
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {label(c)}
          </option>
        ))}
      </select>
      <SaveState status={props.status} onRetry={props.onRetry} />
    </div>
  );
}
