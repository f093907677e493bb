"use client";

import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { ChoiceNode } from "@/lib/script/nodes";
import { nextAnswerId } from "./answers";
import { AnswerRow } from "./answer-row";
import type { FormProps } from "./form-props";
import { moveItem } from "./node-fields";
import { nameOf, targetOf } from "./names";

/** The answers of a choice: each is an output of the element, so each may carry a flow. */
export function AnswersEditor({ node, doc, update }: FormProps<ChoiceNode>) {
  const t = useTranslations("inspector.answers");
  const addRef = useRef<HTMLDivElement>(null);
  // The answer just added gets the focus, so the designer can type its label at once.
  const [added, setAdded] = useState<string | null>(null);
  const setAnswers = (answers: ChoiceNode["answers"], field?: string) => update({ ...node, answers }, field);

  function add() {
    const id = nextAnswerId(node.answers);
    setAdded(id);
    setAnswers([...node.answers, { id, label: "" }]);
  }

  function remove(id: string) {
    setAnswers(node.answers.filter((a) => a.id !== id));
    // The row and its buttons are gone; keep the keyboard user inside the list.
    addRef.current?.querySelector("button")?.focus();
  }

  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700">{t("legend")}</legend>
      <ol className="mt-1 space-y-2">
        {node.answers.map((answer, index) => {
          const target = targetOf(doc, node.id, answer.id);
          return (
            <AnswerRow
              key={answer.id}
              answer={answer}
              number={index + 1}
              first={index === 0}
              last={index === node.answers.length - 1}
              only={node.answers.length === 1}
              target={target ? nameOf(target) : null}
              autoFocus={answer.id === added}
              onLabel={(label) => setAnswers(node.answers.map((a) => (a.id === answer.id ? { ...a, label } : a)), `answer-${answer.id}`)}
              onMove={(delta) => setAnswers(moveItem(node.answers, index, index + delta))}
              onRemove={() => remove(answer.id)}
            />
          );
        })}
      </ol>
      {node.answers.length === 1 ? <p className="mt-1 text-xs text-slate-500">{t("lastAnswer")}</p> : null}
      <div ref={addRef} className="mt-2">
        <Button size="sm" onClick={add}>
          {t("add")}
        </Button>
      </div>
    </fieldset>
  );
}
