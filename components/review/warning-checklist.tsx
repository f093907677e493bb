"use client";

import { useTranslations } from "use-intl";
import type { WarningGroup } from "@/lib/review/review-view";
import { SeverityMark } from "@/components/lint/severity-mark";
import { useEditor } from "@/components/editor/editor-context";

type Props = { groups: WarningGroup[]; acknowledged: ReadonlySet<string>; onAcknowledge: (key: string, read: boolean) => void };

/** Each warning with "I have read this": a submission goes ahead only once every one is ticked. */
export function WarningChecklist({ groups, acknowledged, onAcknowledge }: Props) {
  const t = useTranslations("review.submit");
  const nodes = useEditor((s) => s.doc.nodes);
  const where = (id: string | undefined) => (id ? nodes.find((n) => n.id === id)?.label || id : t("wholeScript"));
  return (
    <div>
      <p className="font-medium text-amber-900">{t("warningsIntro")}</p>
      <ul className="mt-3 space-y-2">
        {groups.map((group) => {
          const first = group.findings[0]!;
          return (
            <li key={group.key} className="rounded-md border border-amber-200 bg-amber-50/60 px-3 py-2">
              <div className="flex items-start gap-2">
                <SeverityMark severity="warning" />
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-medium text-slate-600">
                    {where(first.nodeId)} <code className="ml-1 text-[11px] text-slate-400">{first.ruleId}</code>
                  </p>
                  {group.findings.map((f, i) => (
                    <p key={i} className="break-words text-slate-900">
                      {f.message}
                    </p>
                  ))}
                </div>
              </div>
              <label className="mt-2 flex items-center gap-2 text-sm font-medium text-slate-800">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={acknowledged.has(group.key)}
                  onChange={(e) => onAcknowledge(group.key, e.target.checked)}
                  aria-label={t("acknowledgeLabel", { rule: first.ruleId, where: where(first.nodeId) })}
                />
                <span aria-hidden>{t("acknowledge")}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
