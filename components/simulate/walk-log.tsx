"use client";

import { useTranslations } from "use-intl";
import type { Transcript, TranscriptGiven, TranscriptLabels } from "@/lib/simulate/transcript";

const round = (seconds: number) => Math.round(seconds * 10) / 10;

function givenText(given: TranscriptGiven | null, labels: TranscriptLabels): string | null {
  switch (given?.type) {
    case "answers":
      return given.labels.join(" · ");
    case "input":
      return given.value === null ? labels.blank : typeof given.value === "boolean" ? (given.value ? labels.yes : labels.no) : String(given.value);
    case "result":
      return given.result === "ok" ? labels.ok : labels.error;
    default:
      return null;
  }
}

/** The steps walked so far, newest last: each element, what was given there and its seconds. */
export function WalkLog({ transcript, labels }: { transcript: Transcript; labels: TranscriptLabels }) {
  const t = useTranslations("simulate.log");
  return (
    <section aria-labelledby="player-log" className="px-4 py-3">
      <h3 id="player-log" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("heading")}
      </h3>
      {transcript.steps.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">{t("empty")}</p>
      ) : (
        <ol className="mt-1.5 space-y-1 text-xs">
          {transcript.steps.map((s, i) => {
            const given = givenText(s.given, labels);
            return (
              <li key={i} className="flex gap-2">
                <span className="w-4 shrink-0 text-right text-slate-400 tabular-nums">{i + 1}</span>
                <span className="min-w-0 flex-1">
                  <span className="text-slate-800">{t("step", { label: s.label, seconds: round(s.seconds) })}</span>
                  {given ? <span className="block truncate text-slate-500">→ {given}</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
