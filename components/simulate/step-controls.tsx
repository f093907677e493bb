"use client";

import { useState, type ReactElement } from "react";
import { useTranslations } from "use-intl";
import { fillText, type RuntimeInput, type Values } from "@/lib/runtime";
import type { ElementKind } from "@/lib/script/enums";
import type { NodeOfKind } from "@/lib/script/nodes";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { isCommonActionKey } from "@/components/inspector/action-keys";
import { InputControls } from "./input-controls";

export type ControlsProps<K extends ElementKind> = {
  node: NodeOfKind<K>;
  doc: ScriptDocument;
  variables: Values;
  give: (input: RuntimeInput) => boolean;
  /** The engine's refusal of the last input here, as a sentence; null when none. */
  error: string | null;
};

const ANSWER = "flex w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-left text-sm text-slate-900 hover:border-blue-500 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600";

function Key({ n }: { n: number }) {
  return (
    <kbd aria-hidden className="inline-flex size-5 shrink-0 items-center justify-center rounded border border-slate-300 bg-slate-50 font-sans text-[11px] text-slate-600">
      {n}
    </kbd>
  );
}

function NextButton({ give }: { give: ControlsProps<"statement">["give"] }) {
  const t = useTranslations("simulate.step");
  return (
    <Button variant="primary" data-autofocus aria-keyshortcuts="Enter" onClick={() => give({ type: "next" })}>
      {t("next")} <span aria-hidden>→</span>
    </Button>
  );
}

function SingleChoice({ node, give }: ControlsProps<"choice">) {
  const t = useTranslations("simulate.step");
  return (
    <div role="group" aria-label={t("answers")} className="space-y-1.5">
      {node.answers.map((answer, i) => (
        <button
          key={answer.id}
          type="button"
          className={ANSWER}
          data-answer={i + 1}
          data-autofocus={i === 0 ? true : undefined}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          onClick={() => give({ type: "answer", answerId: answer.id })}
        >
          {i < 9 ? <Key n={i + 1} /> : null}
          <span>{answer.label || answer.id}</span>
        </button>
      ))}
    </div>
  );
}

function MultiChoice({ node, give }: ControlsProps<"choice">) {
  const t = useTranslations("simulate.step");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        give({ type: "answers", answerIds: node.answers.filter((a) => chosen.has(a.id)).map((a) => a.id) });
      }}
    >
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs text-slate-600">{t("multiHint")}</legend>
        {node.answers.map((answer, i) => (
          <label key={answer.id} className={`${ANSWER} cursor-pointer`}>
            <input
              type="checkbox"
              checked={chosen.has(answer.id)}
              onChange={() => toggle(answer.id)}
              data-answer={i + 1}
              data-autofocus={i === 0 ? true : undefined}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              className="size-4"
            />
            {i < 9 ? <Key n={i + 1} /> : null}
            {answer.label || answer.id}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="primary">
        {t("confirm")}
      </Button>
    </form>
  );
}

function ActionControls({ node, doc, variables, give }: ControlsProps<"action">) {
  const t = useTranslations("simulate.step");
  const keys = useTranslations("inspector.action.keys");
  const [outputs, setOutputs] = useState<Record<string, string>>({});
  const parameters = Object.entries(node.parameters);
  const declared = node.outputs ?? [];
  const given = () => {
    const filled = Object.fromEntries(Object.entries(outputs).filter(([, v]) => v.trim() !== ""));
    return Object.keys(filled).length > 0 ? filled : undefined;
  };
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-xs text-slate-500">{t("functionKey")}</span>
        {/* A key the workspace knows by name is named; any other key is shown as the agent system knows it. */}
        {isCommonActionKey(node.key) ? <b className="font-semibold text-slate-900">{keys(node.key)}</b> : null}
        <code className="rounded bg-amber-50 px-1 text-xs text-amber-800">{node.key}</code>
        <span className="text-xs text-slate-500">{t("systemSeconds", { seconds: node.systemSeconds })}</span>
      </p>
      {parameters.length > 0 ? (
        <div>
          <h4 className="text-xs font-medium text-slate-600">{t("parameters")}</h4>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded bg-slate-50 px-2 py-1 text-xs">
            {parameters.map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-mono text-slate-500">{name}</dt>
                <dd className="break-all text-slate-900">{fillText(value, variables)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {declared.length > 0 ? (
        <fieldset>
          <legend className="text-xs font-medium text-slate-600">{t("outputs")}</legend>
          <div className="mt-1 space-y-1">
            {declared.map((name) => (
              <label key={name} className="flex items-center gap-2 text-xs text-slate-700">
                <span className="w-28 shrink-0 truncate">{doc.variables.find((v) => v.name === name)?.label || name}</span>
                <input
                  value={outputs[name] ?? ""}
                  onChange={(e) => setOutputs((o) => ({ ...o, [name]: e.target.value }))}
                  className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm"
                />
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex gap-2">
        <Button variant="primary" data-autofocus className="!bg-emerald-700 hover:!bg-emerald-800" onClick={() => give({ type: "result", result: "ok", outputs: given() })}>
          ✓ {t("succeeded")}
        </Button>
        <Button variant="secondary" className="!text-rose-800" onClick={() => give({ type: "result", result: "error" })}>
          ✕ {t("failed")}
        </Button>
      </div>
    </div>
  );
}

function ConditionControls({ node, give }: ControlsProps<"condition">) {
  const t = useTranslations("simulate.step");
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("condition", { label: node.label || node.id })}</p>
      <NextButton give={give} />
    </div>
  );
}

/**
 * What the agent can do at each kind of element: exhaustive, so a new kind fails to compile until
 * the player handles it. The step view remounts these on every move, so nothing typed or ticked
 * at one step is carried into the next.
 */
export const STEP_CONTROLS: { [K in ElementKind]: (props: ControlsProps<K>) => ReactElement | null } = {
  statement: ({ give }) => <NextButton give={give} />,
  choice: (props) => (props.node.mode === "multi" ? <MultiChoice {...props} /> : <SingleChoice {...props} />),
  input: (props) => <InputControls {...props} />,
  action: (props) => <ActionControls {...props} />,
  condition: (props) => <ConditionControls {...props} />,
  // The call has ended: the player shows the outcome instead of controls.
  exit: () => null,
};
