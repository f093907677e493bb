"use client";

import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { connect, disconnect } from "@/lib/script/commands/edges";
import type { ScriptDocument } from "@/lib/script/document";
import type { ScriptNode } from "@/lib/script/nodes";
import { portsOf } from "@/lib/script/ports";
import { Field, Select } from "@/components/ui/field";
import { nameOf, targetOf } from "./names";

const FIXED_PORTS = ["next", "ok", "error", "true", "false"] as const;
type FixedPort = (typeof FIXED_PORTS)[number];
const isFixed = (port: string): port is FixedPort => (FIXED_PORTS as readonly string[]).includes(port);

type Props = { node: ScriptNode; doc: ScriptDocument; dispatch: Dispatch; onSelect: (ids: string[]) => void };

/**
 * Where the call goes from each output of the element, editable here as well as by dragging on
 * the canvas: a designer can build and rewire a whole script from the keyboard. Each target can
 * also be selected, to walk the script from the panel.
 */
export function FlowsList({ node, doc, dispatch, onSelect }: Props) {
  const t = useTranslations("inspector.flows");
  const ports = portsOf(node);
  if (ports.length === 0) return null;
  const answerLabel = (port: string) => (node.kind === "choice" ? node.answers.find((a) => a.id === port)?.label || port : port);
  const others = doc.nodes.filter((n) => n.id !== node.id);

  function lead(port: string, to: string) {
    if (to === "") dispatch(disconnect, { from: node.id, port }, { label: "disconnect" });
    else dispatch(connect, { from: node.id, port, to }, { label: "connect" });
  }

  return (
    <section aria-labelledby={`flows-${node.id}`} className="space-y-2">
      <h3 id={`flows-${node.id}`} className="text-xs font-medium text-slate-700">
        {t("heading")}
      </h3>
      {ports.map((port) => {
        const target = targetOf(doc, node.id, port);
        const from = isFixed(port) ? t(`ports.${port}`) : t("answer", { label: answerLabel(port) });
        return (
          <div key={port} className="flex items-end gap-2">
            <Field label={from} className="min-w-0 flex-1">
              {(control) => (
                <Select {...control} value={target?.id ?? ""} onChange={(e) => lead(port, e.target.value)}>
                  <option value="">{t("open")}</option>
                  {others.map((n) => (
                    <option key={n.id} value={n.id}>
                      {nameOf(n)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {target ? (
              <button
                type="button"
                className="mb-1.5 shrink-0 rounded px-1 text-sm text-blue-700 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-700"
                aria-label={t("select", { from, target: nameOf(target) })}
                onClick={() => onSelect([target.id])}
              >
                {t("go")}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
