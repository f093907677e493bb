"use client";

import { useTranslations } from "use-intl";
import type { ScriptNode } from "@/lib/script/nodes";
import { Button } from "@/components/ui/button";

/** A short name for an element: its label, else the start of its text, else its id. */
export function elementName(node: ScriptNode): string {
  if (node.label) return node.label;
  const text = "text" in node ? node.text?.trim() : undefined;
  if (text) return text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return node.id;
}

type Props = {
  name: string;
  users: readonly ScriptNode[];
  criteria: boolean;
  colSpan: number;
  onShowElement?: (id: string) => void;
  onShowCriteria: () => void;
  onDismiss: () => void;
};

/** Why a variable was not removed: the elements (and criteria) that still use it, each reachable. */
export function VariableInUse({ name, users, criteria, colSpan, onShowElement, onShowCriteria, onDismiss }: Props) {
  const t = useTranslations("settings.variables");
  const tKinds = useTranslations("kinds");
  return (
    <tr>
      <td colSpan={colSpan} className="pb-3">
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p>{t("inUse", { name: `{{${name}}}` })}</p>
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {users.map((node) => (
              <li key={node.id}>
                {onShowElement ? (
                  <Button size="sm" onClick={() => onShowElement(node.id)}>
                    <span className="sr-only">{t("showElement")} </span>
                    <span className="text-slate-500">{tKinds(node.kind)}</span> {elementName(node)}
                  </Button>
                ) : (
                  <span className="rounded border border-amber-200 bg-white px-2 py-0.5 text-xs">
                    <span className="text-slate-500">{tKinds(node.kind)}</span> {elementName(node)}
                  </span>
                )}
              </li>
            ))}
            {criteria ? (
              <li>
                <Button size="sm" onClick={onShowCriteria}>
                  {t("inUseCriteria")}
                </Button>
              </li>
            ) : null}
          </ul>
          <Button size="sm" variant="ghost" className="mt-1.5" onClick={onDismiss}>
            {t("dismiss")}
          </Button>
        </div>
      </td>
    </tr>
  );
}
