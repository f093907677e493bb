"use client";

import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactElement } from "react";
import { useTranslations } from "use-intl";
import { currentNode, type RuntimeState } from "@/lib/runtime";
import type { ScriptDocument } from "@/lib/script/document";
import type { ElementKind, Outcome } from "@/lib/script/enums";
import { stageInfoOf } from "@/components/canvas/to-flow-nodes";
import { NO_STAGE_COLOR } from "@/components/canvas/stage-colors";
import { usePlayer } from "./player-context";
import { SpokenWords } from "./spoken-words";
import { STEP_CONTROLS, type ControlsProps } from "./step-controls";
import { useRuntimeErrorText } from "./use-error-text";

const round = (seconds: number) => Math.round(seconds);

/** Focus is in a field that takes the digits itself. */
function typing(target: EventTarget): boolean {
  return target instanceof HTMLElement && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) ? (target as HTMLInputElement).type !== "checkbox" : target.isContentEditable);
}

/**
 * The agent's view of the current step: its stage (colour, name, the stage's clock against its
 * budget), the words to say with the customer's values filled in, and what the agent can do
 * here. After each move the focus goes to the new step's first control, so a whole call can be
 * walked from the keyboard (Enter, the digits for answers, Tab).
 */
export function StepCard({ doc, state }: { doc: ScriptDocument; state: RuntimeState }) {
  const t = useTranslations("simulate");
  const kinds = useTranslations("kinds");
  const walk = usePlayer();
  const describe = useRuntimeErrorText(doc);
  const node = currentNode(state);
  const stages = useMemo(() => stageInfoOf(doc.stages), [doc.stages]);
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    card.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  }, [walk.moves]);

  if (!node) return null;
  const stageId = node.kind === "exit" ? null : node.stageId;
  const info = stageId === null ? undefined : stages.get(stageId);
  const color = info?.color ?? NO_STAGE_COLOR;
  const seconds = stageId === null ? null : (state.stageSeconds[stageId] ?? 0);
  const budget = info?.stage.budgetSeconds ?? null;
  const over = seconds !== null && budget !== null && seconds > budget;
  const error = walk.error ? describe(walk.error) : null;

  function onKeyDown(event: KeyboardEvent) {
    if (!/^[1-9]$/.test(event.key) || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const answer = card.current?.querySelector<HTMLElement>(`[data-answer="${event.key}"]`);
    if (!answer) return;
    event.preventDefault();
    answer.focus();
    answer.click();
  }

  if (state.status === "ended" && node.kind === "exit") {
    return (
      <section ref={card} aria-label={t("ended.heading")} className="space-y-3 rounded-lg border-2 border-slate-800 bg-white p-3 shadow-sm">
        <h3 tabIndex={-1} data-autofocus className="flex items-center gap-2 text-base font-semibold text-slate-900 outline-none">
          {t("ended.heading")}
          <OutcomeBadge outcome={node.outcome} />
        </h3>
        <p className="text-xs text-slate-600">{t("ended.exit", { label: node.label || node.id })}</p>
        {node.text ? (
          <div>
            <h4 className="mb-1 text-xs font-medium text-slate-600">{t("ended.closing")}</h4>
            <SpokenWords text={state.text} lang={doc.locale} />
          </div>
        ) : null}
      </section>
    );
  }

  // The registry is keyed by kind; TypeScript cannot pair the node with its entry by itself.
  const Controls = STEP_CONTROLS[node.kind] as (props: ControlsProps<ElementKind>) => ReactElement | null;
  return (
    <section
      ref={card}
      aria-label={t("step.label")}
      onKeyDown={onKeyDown}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-3 shadow-sm"
      style={{ borderLeft: `5px solid ${color.bar}` }}
    >
      <header className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-semibold" style={{ color: color.text }}>
            {info?.stage.name ?? t("step.noStage")}
          </p>
          <h3 className="truncate text-sm font-semibold text-slate-900">
            <span className="mr-1.5 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{kinds(node.kind)}</span>
            {node.label || node.id}
          </h3>
        </div>
        {seconds !== null ? (
          <p className={`shrink-0 rounded px-1.5 py-0.5 text-right text-xs tabular-nums ${over ? "bg-red-50 font-semibold text-red-700" : "bg-slate-100 text-slate-700"}`} title={t("clock.hint")}>
            <span className="block text-[10px] font-normal text-slate-500">{t("clock.stage")}</span>
            {budget === null ? t("clock.seconds", { seconds: round(seconds) }) : t("clock.ofBudget", { seconds: round(seconds), budget })}
            {over ? <span className="sr-only"> ({t("clock.over")})</span> : null}
          </p>
        ) : null}
      </header>
      {node.kind === "condition" ? null : (
        <div>
          <h4 className="mb-0.5 text-[11px] font-medium text-slate-500">{t("step.say")}</h4>
          <SpokenWords text={state.text} lang={doc.locale} />
        </div>
      )}
      <Controls key={walk.moves} node={node} doc={doc} variables={state.variables} give={walk.give} error={error} />
      {error && node.kind !== "input" ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}

const OUTCOME_TONES: Record<Outcome, string> = {
  success: "bg-emerald-100 text-emerald-900",
  declined: "bg-slate-200 text-slate-800",
  callback: "bg-sky-100 text-sky-900",
  transfer: "bg-violet-100 text-violet-900",
  failure: "bg-red-100 text-red-900",
  other: "bg-slate-100 text-slate-800",
};

function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useTranslations();
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${OUTCOME_TONES[outcome]}`}>{t("simulate.ended.outcome", { outcome: t(`outcomes.${outcome}`) })}</span>;
}
