"use client";

import { useTranslations } from "use-intl";
import { useEditor } from "@/components/editor/editor-context";

/** The toolbar's switch between the inspector and the walk-through player in the right-hand panel. */
export function SimulateToggle() {
  const t = useTranslations("simulate");
  const panel = useEditor((s) => s.panel);
  const setPanel = useEditor((s) => s.setPanel);
  const on = panel === "player";
  return (
    <button
      type="button"
      aria-pressed={on}
      title={t("toggleTitle")}
      onClick={() => setPanel(on ? "inspector" : "player")}
      className="flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-700 aria-pressed:border-amber-600 aria-pressed:bg-amber-50 aria-pressed:text-amber-900"
    >
      <span aria-hidden>▶</span>
      {t("toggle")}
    </button>
  );
}
