"use client";

import { useMemo } from "react";
import { useTranslations } from "use-intl";
import { OUTCOMES } from "@/lib/script/enums";
import type { TranscriptLabels } from "@/lib/simulate/transcript";
import type { Translate } from "@/lib/i18n/translator";

/** The words of a transcript in the interface language. */
export function transcriptLabels(t: Translate): TranscriptLabels {
  const l = (key: Exclude<keyof TranscriptLabels, "outcomes" | "seconds">) => t(`simulate.transcript.labels.${key}`);
  return {
    heading: l("heading"),
    customer: l("customer"),
    system: l("system"),
    steps: l("steps"),
    said: l("said"),
    answer: l("answer"),
    input: l("input"),
    result: l("result"),
    ok: l("ok"),
    error: l("error"),
    outputs: l("outputs"),
    blank: l("blank"),
    yes: l("yes"),
    no: l("no"),
    noStage: l("noStage"),
    stages: l("stages"),
    stage: l("stage"),
    time: l("time"),
    budget: l("budget"),
    noBudget: l("noBudget"),
    over: l("over"),
    total: l("total"),
    outcome: l("outcome"),
    notEnded: l("notEnded"),
    none: l("none"),
    colon: l("colon"),
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, t(`outcomes.${o}`)])) as TranscriptLabels["outcomes"],
    seconds: (seconds) => t("simulate.transcript.labels.seconds", { seconds }),
  };
}

export function useTranscriptLabels(): TranscriptLabels {
  const t = useTranslations();
  return useMemo(() => transcriptLabels(t), [t]);
}
