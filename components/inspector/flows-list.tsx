"use client";

import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { portsOf } from "@/lib/script/ports";
import { nameOf, targetOf } from "./names";

const FIXED_PORTS = ["next", "ok", "error", "true", "false"] as const;
type FixedPort = (typeof FIXED_PORTS)[number];
const isFixed = (port: string): port is FixedPort => (FIXED_PORTS as readonly string[]).includes(port);

/**
 * Where the call goes from each output of the element. Read-only (flows are drawn on the canvas),
 * but each target can be selected, so the designer can walk the script from the panel.
 */
export function FlowsList({ node, doc, onSelect }: { node: ScriptNode; doc: ScriptDocument; onSelect: (ids: string[]) => void }) {
  const t = useTranslations("inspector.flows");
  const ports = portsOf(node);
  if (ports.length === 0) return null;
  const answerLabel = (port: string) => (node.kind === "choice" ? node.answers.find((a) => a.id === port)?.label || port : port);

  return (
    <section aria-labelledby={`flows-${node.id}`}>
      <h3 id={`flows-${node.id}`} className="text-xs font-medium text-slate-700">
        {t("heading")}
      </h3>
      <ul className="mt-1 space-y-1 text-sm">
        {ports.map((port) => {
          const target = targetOf(doc, node.id, port);
          const from = isFixed(port) ? t(`ports.${port}`) : t("answer", { label: answerLabel(port) });
          return (
            <li key={port} className="flex flex-wrap items-baseline gap-1.5">
              <span className="text-slate-600">{from}</span>
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
              {target ? (
                <button
                  type="button"
                  className="rounded text-left text-blue-700 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-700"
                  aria-label={t("select", { from, target: nameOf(target) })}
                  onClick={() => onSelect([target.id])}
                >
                  {nameOf(target)}
                </button>
              ) : (
                <span className="text-slate-500 italic">{t("open")}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
