"use client";

import { useTranslations } from "use-intl";
import { useLint } from "./lint-context";
import { SeverityMark } from "./severity-mark";

/** The toolbar's problems button: the counts at a glance, and the panel on a click. */
export function ProblemsToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useTranslations("lint.panel");
  const { report } = useLint();
  const counts = report?.counts ?? { error: 0, warning: 0, info: 0 };
  return (
    <button
      type="button"
      aria-pressed={open}
      aria-label={t("toggleCount", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      onClick={onToggle}
      className="flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-700 aria-pressed:border-slate-800 aria-pressed:bg-slate-100"
    >
      {t("toggle")}
      <span className="flex items-center gap-0.5 tabular-nums"><SeverityMark severity="error" />{counts.error}</span>
      <span className="flex items-center gap-0.5 tabular-nums"><SeverityMark severity="warning" />{counts.warning}</span>
      <span className="flex items-center gap-0.5 tabular-nums"><SeverityMark severity="info" />{counts.info}</span>
    </button>
  );
}
