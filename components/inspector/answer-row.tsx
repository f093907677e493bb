"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Answer } from "@/lib/script/nodes";
import { DraftTextField } from "./draft-fields";
import { parseRequiredText } from "./parse-field";

// The schema's limit on an answer's label.
const MAX_ANSWER = 200;

type Props = {
  answer: Answer;
  number: number;
  first: boolean;
  last: boolean;
  only: boolean;
  /** The name of the element this answer's flow leads to, if it has one. */
  target: string | null;
  autoFocus: boolean;
  onLabel: (label: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * One answer: its label, where it leads, and buttons to move or remove it. Buttons at an end of
 * the list are aria-disabled rather than disabled, so the focus stays on them after a move.
 */
export function AnswerRow(props: Props) {
  const t = useTranslations("inspector.answers");
  const { answer } = props;
  const name = answer.label.trim() || answer.id;
  // Removing an answer removes its flow; when it has one, the designer confirms in place.
  const [confirming, setConfirming] = useState(false);

  return (
    <li className="rounded-md border border-slate-200 bg-slate-50/60 p-2">
      <DraftTextField
        label={t("label", { number: props.number })}
        value={answer.label}
        format={(v) => v}
        parse={(text) => parseRequiredText(text, MAX_ANSWER)}
        commit={props.onLabel}
        input={{ maxLength: MAX_ANSWER, autoFocus: props.autoFocus, placeholder: t("placeholder") }}
      />
      <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-500">
        <code className="font-mono">{answer.id}</code>
        <span aria-hidden="true">·</span>
        <span>{props.target ? t("leadsTo", { target: props.target }) : t("notConnected")}</span>
        <span className="ml-auto flex gap-0.5">
          <RowButton label={t("moveUp", { label: name })} disabled={props.first} onClick={() => props.onMove(-1)}>
            ↑
          </RowButton>
          <RowButton label={t("moveDown", { label: name })} disabled={props.last} onClick={() => props.onMove(1)}>
            ↓
          </RowButton>
          <RowButton
            label={t("remove", { label: name })}
            disabled={props.only || confirming}
            danger
            onClick={() => (props.target ? setConfirming(true) : props.onRemove())}
          >
            ✕
          </RowButton>
        </span>
      </div>
      {confirming ? (
        <div role="group" aria-label={t("confirmGroup", { label: name })} className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900">
          <p>{t("removeWarning", { target: props.target ?? "" })}</p>
          <div className="mt-1.5 flex gap-2" onKeyDown={(e) => e.key === "Escape" && setConfirming(false)}>
            <Button size="sm" variant="danger" autoFocus onClick={props.onRemove} className="border border-red-300 bg-white">
              {t("confirmRemove", { label: name })}
            </Button>
            <Button size="sm" onClick={() => setConfirming(false)}>
              {t("keep", { label: name })}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function RowButton(props: { label: string; disabled: boolean; danger?: boolean; onClick: () => void; children: string }) {
  return (
    <Button
      size="sm"
      variant={props.danger ? "danger" : "ghost"}
      aria-label={props.label}
      title={props.label}
      aria-disabled={props.disabled || undefined}
      className="aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
      onClick={() => (props.disabled ? undefined : props.onClick())}
    >
      <span aria-hidden="true">{props.children}</span>
    </Button>
  );
}
