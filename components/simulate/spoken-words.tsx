"use client";

import { useMemo } from "react";
import { useLocale, useTranslations } from "use-intl";
import { placeholdersIn } from "@/lib/script/text-variables";

/**
 * The words to say, as filled in by the engine. A placeholder still in them has no value: it is
 * marked, and named below, so the agent sees the gap instead of reading "{{...}}" aloud.
 */
export function SpokenWords({ text, lang }: { text: string; lang: string }) {
  const t = useTranslations("simulate.step");
  const locale = useLocale();
  const parts = useMemo(() => split(text), [text]);
  const missing = [...new Set(parts.flatMap((p) => (p.name ? [p.name] : [])))];
  if (text.trim() === "") return <p className="text-sm text-slate-500 italic">{t("noWords")}</p>;
  return (
    <div>
      <p lang={lang} className="text-[15px] leading-7 whitespace-pre-wrap text-slate-900">
        {parts.map((p, i) =>
          p.name ? (
            <mark key={i} className="rounded bg-amber-100 px-0.5 font-mono text-[13px] text-amber-900">
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      {missing.length > 0 ? (
        <p className="mt-1 text-xs text-amber-800">{t("missing", { names: new Intl.ListFormat(locale, { type: "conjunction" }).format(missing) })}</p>
      ) : null}
    </div>
  );
}

function split(text: string): { text: string; name?: string }[] {
  const out: { text: string; name?: string }[] = [];
  let from = 0;
  for (const p of placeholdersIn(text)) {
    if (p.start > from) out.push({ text: text.slice(from, p.start) });
    out.push({ text: text.slice(p.start, p.end), name: p.name });
    from = p.end;
  }
  if (from < text.length) out.push({ text: text.slice(from) });
  return out;
}
