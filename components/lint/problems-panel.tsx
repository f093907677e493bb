"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { SEVERITIES, type Finding, type Severity } from "@/lib/lint/finding";
import type { ScriptDocument } from "@/lib/script/document";
import { useLint } from "./lint-context";
import { SeverityMark } from "./severity-mark";

type Props = {
  doc: ScriptDocument;
  onClose: () => void;
  /** Selects the element and brings it into view. */
  onShowNode: (id: string) => void;
};

/** Every finding of the script, grouped by severity; choosing one shows its element and words. */
export function ProblemsPanel({ doc, onClose, onShowNode }: Props) {
  const t = useTranslations("lint");
  const { report, pending, setupFailed, requestFocus } = useLint();
  const [shown, setShown] = useState<Severity | "all">("all");
  const findings = report?.findings ?? [];
  const groups = SEVERITIES.filter((s) => shown === "all" || s === shown).map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  }));
  const nameOf = (id: string | undefined) => {
    const node = id ? doc.nodes.find((n) => n.id === id) : undefined;
    return node?.label || id || t("panel.script");
  };
  const show = (f: Finding) => {
    if (!f.nodeId) return;
    onShowNode(f.nodeId);
    requestFocus({ nodeId: f.nodeId, range: f.range });
  };
  return (
    <section aria-labelledby="problems-heading" className="flex h-full flex-col border-t border-slate-300 bg-white">
      <header className="flex items-center gap-3 border-b border-slate-200 px-3 py-1.5 text-sm">
        <h2 id="problems-heading" className="font-semibold text-slate-900">
          {t("panel.heading")}
        </h2>
        <span className="text-xs text-slate-600" aria-live="polite">
          {pending ? t("panel.checking") : SEVERITIES.map((s) => t(`severities.${s}`, { count: report?.counts[s] ?? 0 })).join(" · ")}
        </span>
        <label className="ml-auto flex items-center gap-1 text-xs text-slate-600">
          {t("panel.filter")}
          <select value={shown} onChange={(e) => setShown(e.target.value as Severity | "all")} className="rounded border border-slate-300 px-1 py-0.5">
            <option value="all">{t("panel.all")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-slate-500 hover:bg-slate-100" aria-label={t("panel.close")}>
          ×
        </button>
      </header>
      {setupFailed ? <p className="bg-amber-50 px-3 py-1 text-xs text-amber-900">{t("panel.setupFailed")}</p> : null}
      <div className="min-h-0 flex-1 overflow-y-auto">
        {findings.length === 0 && !pending ? <p className="px-3 py-4 text-sm text-slate-600">{t("panel.empty")}</p> : null}
        {groups.map(({ severity, items }) =>
          items.length === 0 ? null : (
            <section key={severity} aria-label={t(`severities.${severity}`, { count: items.length })}>
              <h3 className="sticky top-0 bg-slate-50 px-3 py-0.5 text-xs font-semibold text-slate-600">{t(`severities.${severity}`, { count: items.length })}</h3>
              <ul>
                {items.map((f, i) => (
                  <li key={`${f.ruleId}:${f.nodeId ?? ""}:${f.range?.start ?? i}:${i}`}>
                    <button
                      type="button"
                      onClick={() => show(f)}
                      disabled={!f.nodeId}
                      className="flex w-full items-start gap-2 px-3 py-1 text-left text-sm hover:bg-blue-50 focus-visible:bg-blue-50 disabled:cursor-default"
                    >
                      <SeverityMark severity={f.severity} />
                      <span className="min-w-0 flex-1 text-slate-900">{f.message}</span>
                      <span className="max-w-[10rem] shrink-0 truncate text-xs text-slate-500">{nameOf(f.nodeId)}</span>
                      <code className="shrink-0 text-[11px] text-slate-400">{f.ruleId}</code>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ),
        )}
      </div>
    </section>
  );
}
