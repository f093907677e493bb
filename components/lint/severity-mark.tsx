import { useTranslations } from "use-intl";
import type { Severity } from "@/lib/lint/finding";

const STYLES: Record<Severity, string> = {
  error: "bg-red-600 text-white",
  warning: "bg-amber-400 text-amber-950",
  info: "bg-sky-600 text-white",
};
const GLYPHS: Record<Severity, string> = { error: "×", warning: "!", info: "i" };

/** A severity as a coloured glyph with its name for screen readers (colour is never the only cue). */
export function SeverityMark({ severity }: { severity: Severity }) {
  const t = useTranslations("lint.severity");
  return (
    <span className={`inline-flex size-4 shrink-0 items-center justify-center rounded-full text-[10px] leading-none font-bold ${STYLES[severity]}`}>
      <span aria-hidden>{GLYPHS[severity]}</span>
      <span className="sr-only">{t(severity)}</span>
    </span>
  );
}
