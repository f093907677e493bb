"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { CONDITION_OPS, ELEMENT_KINDS, INPUT_TYPES, OUTCOMES } from "@/lib/script/enums";

/**
 * Every word the canvas draws, translated once per language rather than once per element: with
 * a thousand elements on screen, a translator per element is a measurable part of the first paint.
 */
export function useCanvasWordsValue() {
  const t = useTranslations();
  return useMemo(() => {
    const map = <K extends string>(keys: readonly K[], f: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;
    return {
      kinds: map(ELEMENT_KINDS, (k) => t(`kinds.${k}`)),
      outcomes: map(OUTCOMES, (k) => t(`outcomes.${k}`)),
      inputTypes: map(INPUT_TYPES, (k) => t(`variableTypes.${k}`)),
      ops: map(CONDITION_OPS, (k) => t(`ops.${k}`)),
      ports: { ok: t("editor.ports.ok"), error: t("editor.ports.error"), true: t("editor.ports.true"), false: t("editor.ports.false") },
      entry: t("editor.entry"),
      marks: { current: t("editor.marks.current"), lit: t("editor.marks.lit") },
      noStage: t("editor.noStage"),
      emptyText: t("editor.emptyText"),
      required: t("editor.required"),
      multiChoice: t("editor.multiChoice"),
      rulesAll: t("editor.rulesAll"),
      rulesAny: t("editor.rulesAny"),
      noRules: t("editor.noRules"),
      seconds: (seconds: number) => t("editor.systemSeconds", { seconds }),
      budget: (seconds: number) => t("editor.legend.budget", { seconds }),
      comments: (count: number) => t("review.editor.badge", { count }),
      problems: (c: { error: number; warning: number; info: number }) =>
        t("lint.node.badge", { errors: c.error, warnings: c.warning, infos: c.info }),
    };
  }, [t]);
}

export type CanvasWords = ReturnType<typeof useCanvasWordsValue>;

const WordsContext = createContext<CanvasWords | null>(null);

export function CanvasWordsProvider({ words, children }: { words: CanvasWords; children: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

export function useCanvasWords(): CanvasWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error("useCanvasWords needs a CanvasWordsProvider");
  return words;
}

// Far out, elements are drawn as empty cards (their text is unreadable there anyway).
const CompactContext = createContext(false);
export const CompactProvider = CompactContext.Provider;

export function useCompact(): boolean {
  return useContext(CompactContext);
}
