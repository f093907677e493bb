"use client";

import { useTranslations } from "use-intl";
import type { Translate } from "@/lib/i18n/translator";
import type { Sketch } from "@/lib/lint/sketch";
import { rulesOf } from "@/lib/script/condition";
import type { Locale, StageRole } from "@/lib/script/enums";
import { textLang } from "./text-lang";
import { sketchRows, type SketchDetail, type SketchLink, type SketchRow, type SketchStage } from "./sketch-rows";

type T = Translate;

/** A script example as a compact table: element, stage, what is said, where the call goes. */
export function SketchExampleView({ sketch, node, lang, index }: { sketch: Sketch; node: string | undefined; lang: Locale | undefined; index: number }) {
  const t = useTranslations();
  const rows = sketchRows(sketch, node);
  const facts = sketchFacts(t, sketch);
  return (
    <div className="w-full min-w-0">
      {facts.length > 0 ? <p className="mb-1 text-xs text-slate-600">{facts.join(" · ")}</p> : null}
      <div className="overflow-x-auto rounded border border-slate-200">
        <table className="w-full min-w-[32rem] border-collapse text-left text-xs">
          <caption className="sr-only">{t("lintRules.examples.sketchOf", { index: index + 1 })}</caption>
          <thead className="bg-slate-50 text-slate-500">
            <tr>
              <th scope="col" className="w-28 px-2 py-1 font-medium">{t("lintRules.examples.element")}</th>
              <th scope="col" className="w-28 px-2 py-1 font-medium">{t("lintRules.examples.stage")}</th>
              <th scope="col" className="px-2 py-1 font-medium">{t("lintRules.examples.says")}</th>
              <th scope="col" className="w-40 px-2 py-1 font-medium">{t("lintRules.examples.goesTo")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <SketchRowView key={row.id} row={row} lang={lang} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function SketchRowView({ row, lang }: { row: SketchRow; lang: Locale | undefined }) {
  const t = useTranslations();
  const notes = [detailText(t, row.detail), ...row.suppressed.map((s) => t(s.stale ? "lintRules.examples.acceptsStale" : "lintRules.examples.accepts", { rule: s.rule }))];
  return (
    <tr className={`border-t border-slate-100 align-top ${row.flagged ? "bg-amber-50" : ""}`}>
      <th scope="row" className="px-2 py-1 font-normal">
        <code className={`font-mono ${row.flagged ? "font-semibold text-amber-900" : "text-slate-900"}`}>{row.id}</code>
        {row.flagged ? (
          <span className="ml-1 text-amber-700" title={t("lintRules.examples.findingHere")}>
            <span aria-hidden="true">◀</span>
            <span className="sr-only">{t("lintRules.examples.findingHere")}</span>
          </span>
        ) : null}
        <span className="block text-slate-500">{t(`kinds.${row.kind}`)}</span>
      </th>
      <td className="px-2 py-1 text-slate-600">{row.stage ? stageText(t, row.stage) : "—"}</td>
      <td className="px-2 py-1">
        {row.say !== null ? (
          <span lang={textLang(row.say, lang)} className="text-slate-900 [overflow-wrap:anywhere]">
            {row.say.trim() === "" ? <span className="text-slate-400">“{row.say}”</span> : row.say}
          </span>
        ) : null}
        {notes.filter((n) => n !== null).map((note) => (
          <span key={note} className="block text-slate-500">
            {note}
          </span>
        ))}
      </td>
      <td className="px-2 py-1 text-slate-700">
        {row.outcome ? <span className="block">{t("lintRules.examples.ends", { outcome: t(`outcomes.${row.outcome}`) })}</span> : null}
        {row.links.map((link, i) => (
          <span key={i} className="block" lang={link.port === "answer" ? textLang(link.label, lang) : undefined}>
            {linkText(t, link)}
          </span>
        ))}
      </td>
    </tr>
  );
}

function stageText(t: T, stage: SketchStage): string {
  if (stage.kind === "first") return t("lintRules.examples.firstStage");
  if (stage.kind === "none") return t("lintRules.examples.noStage");
  return t(`settings.roles.${stage.role}`);
}

function linkText(t: T, link: SketchLink): string {
  const to = link.to ?? t("lintRules.examples.unconnected");
  if (link.port === "answer") return t("lintRules.examples.answer", { label: link.label, to });
  return t(`lintRules.examples.${link.port}`, { to });
}

function detailText(t: T, detail: SketchDetail | null): string | null {
  if (!detail) return null;
  switch (detail.kind) {
    case "field":
      return t("lintRules.examples.fills", { variable: detail.variable, type: t(`variableTypes.${detail.type}`) });
    case "key": {
      const key = detail.seconds === null ? t("lintRules.examples.key", { key: detail.key }) : t("lintRules.examples.keySeconds", { key: detail.key, seconds: detail.seconds });
      return detail.sets.length > 0 ? `${key}; ${t("lintRules.examples.sets", { names: detail.sets.join(", ") })}` : key;
    }
    case "condition": {
      const join = t("all" in detail.rules ? "lintRules.examples.and" : "lintRules.examples.or");
      const parts = rulesOf(detail.rules).map((r) => [r.var, t(`ops.${r.op}`), r.value === undefined ? "" : Array.isArray(r.value) ? r.value.join(", ") : String(r.value)].filter(Boolean).join(" "));
      return t("lintRules.examples.condition", { rules: parts.join(join) });
    }
    case "reply":
      return t("lintRules.examples.reply", { seconds: detail.seconds });
  }
}

/** What the sketch says besides its elements: family, language, stage budgets, variables. */
function sketchFacts(t: T, sketch: Sketch): string[] {
  const facts: string[] = [];
  if (sketch.family) facts.push(t("lintRules.examples.family", { family: t(`families.${sketch.family}`) }));
  if (sketch.locale) facts.push(t("lintRules.examples.language", { language: t(`scriptLocales.${sketch.locale}`) }));
  for (const [role, seconds] of Object.entries(sketch.budgets ?? {})) {
    if (typeof seconds === "number") facts.push(t("lintRules.examples.budget", { stage: t(`settings.roles.${role as StageRole}`), seconds }));
  }
  if (sketch.variables && sketch.variables.length > 0) facts.push(t("lintRules.examples.variables", { names: sketch.variables.map((v) => v.name).join(", ") }));
  return facts;
}
