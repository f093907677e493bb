"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { DiffOutline, ElementChange, FlowChange, NamedElement } from "@/lib/publish/diff-outline";
import { DiffLegend, DiffText } from "./diff-text";

const SETTINGS = ["title", "family", "locale", "targetGroup", "stages", "variables", "entry", "lint"] as const;
const PORTS = ["next", "ok", "error", "true", "false"] as const;

/** The differences between two versions, section by section; only sections with something in them. */
export function DiffOutlineView({ outline, lang }: { outline: DiffOutline; lang: string }) {
  const t = useTranslations("versions.diff");
  if (outline.empty) return <p className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-700 ring-1 ring-slate-200">{t("none")}</p>;
  const setting = (key: string) => ((SETTINGS as readonly string[]).includes(key) ? t(`setting.${key as (typeof SETTINGS)[number]}`) : key);
  return (
    <div className="space-y-6">
      {outline.changed.some((c) => c.fields.length > 0) ? <DiffLegend /> : null}
      {outline.settingsChanged.length > 0 ? (
        <Section title={t("settings")} count={outline.settingsChanged.length}>
          <ul className="flex flex-wrap gap-1.5">
            {outline.settingsChanged.map((key) => (
              <li key={key} className="rounded-full bg-amber-50 px-2.5 py-0.5 text-sm text-amber-900 ring-1 ring-amber-200">
                {setting(key)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {outline.changed.length > 0 ? (
        <Section title={t("changed")} count={outline.changed.length}>
          <ul className="space-y-2">
            {outline.changed.map((change) => (
              <ChangedElement key={change.id} change={change} lang={lang} />
            ))}
          </ul>
        </Section>
      ) : null}
      <ElementList title={t("added")} elements={outline.added} tone="added" lang={lang} />
      <ElementList title={t("removed")} elements={outline.removed} tone="removed" lang={lang} />
      <FlowList title={t("flowsAdded")} flows={outline.flowsAdded} tone="added" lang={lang} />
      <FlowList title={t("flowsRemoved")} flows={outline.flowsRemoved} tone="removed" lang={lang} />
    </div>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold text-slate-800">
        {title}
        <span className="rounded-full bg-slate-100 px-2 text-xs font-medium text-slate-600 tabular-nums">{count}</span>
      </h3>
      {children}
    </section>
  );
}

function KindChip({ element }: { element: NamedElement }) {
  const t = useTranslations();
  return (
    <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
      {element.kind ? t(`kinds.${element.kind}`) : t("versions.diff.unknownElement")}
    </span>
  );
}

function ChangedElement({ change, lang }: { change: ElementChange; lang: string }) {
  const t = useTranslations("versions.diff");
  return (
    <li className="rounded-md border border-slate-200 bg-white px-4 py-3" data-element={change.id}>
      <div className="flex flex-wrap items-center gap-2">
        <KindChip element={change} />
        <span className="font-medium text-slate-900" lang={lang}>
          {change.name}
        </span>
        <code className="font-mono text-xs text-slate-500">{change.id}</code>
      </div>
      {change.fields.length > 0 ? (
        <dl className="mt-2 space-y-1.5">
          {change.fields.map((field) => (
            <div key={field.field} className="grid gap-x-3 sm:grid-cols-[5rem_1fr]">
              <dt className="text-xs font-medium text-slate-500 sm:pt-1">{t(`field.${field.what}`)}</dt>
              <dd className="text-[15px] leading-7 text-slate-900">
                <DiffText parts={field.parts} lang={lang} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{t("noCopyChange")}</p>
      )}
      {change.otherChanges ? (
        <p className="mt-2 flex items-start gap-1.5 text-xs font-medium text-amber-800">
          <span aria-hidden>⚑</span>
          {t("otherChanges")}
        </p>
      ) : null}
    </li>
  );
}

const TONES = {
  added: { box: "border-emerald-200 bg-emerald-50/60", mark: "+", markClass: "text-emerald-700", name: "text-slate-900" },
  removed: { box: "border-red-200 bg-red-50/60", mark: "−", markClass: "text-red-700", name: "text-slate-600 line-through decoration-red-400" },
} as const;

function ElementList({ title, elements, tone, lang }: { title: string; elements: NamedElement[]; tone: keyof typeof TONES; lang: string }) {
  if (elements.length === 0) return null;
  const style = TONES[tone];
  return (
    <Section title={title} count={elements.length}>
      <ul className="space-y-1.5">
        {elements.map((element) => (
          <li key={element.id} className={`flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-sm ${style.box}`}>
            <span aria-hidden className={`w-3 font-bold ${style.markClass}`}>
              {style.mark}
            </span>
            <KindChip element={element} />
            <span className={`font-medium ${style.name}`} lang={lang}>
              {element.name}
            </span>
            <code className="font-mono text-xs text-slate-500">{element.id}</code>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function FlowList({ title, flows, tone, lang }: { title: string; flows: FlowChange[]; tone: keyof typeof TONES; lang: string }) {
  const t = useTranslations("versions.diff");
  if (flows.length === 0) return null;
  const style = TONES[tone];
  // A choice's flows are named by the answer; the other outputs by what they mean.
  const via = (flow: FlowChange) => flow.answer ?? ((PORTS as readonly string[]).includes(flow.port) ? t(`port.${flow.port as (typeof PORTS)[number]}`) : flow.port);
  return (
    <Section title={title} count={flows.length}>
      <ul className="space-y-1.5">
        {flows.map((flow) => (
          <li key={`${flow.from.id}\u0000${flow.port}\u0000${flow.to.id}`} className={`flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border px-3 py-2 text-sm ${style.box}`}>
            <span aria-hidden className={`w-3 font-bold ${style.markClass}`}>
              {style.mark}
            </span>
            <span className="font-medium text-slate-900" lang={lang}>
              {flow.from.name}
            </span>
            <span className="rounded bg-white px-1.5 py-0.5 text-xs text-slate-600 ring-1 ring-slate-200" lang={flow.answer ? lang : undefined}>
              {via(flow)}
            </span>
            <span className="text-slate-400">→</span>
            <span className="font-medium text-slate-900" lang={lang}>
              {flow.to.name}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
