"use client";

import { useTranslations } from "use-intl";
import { Field, Select } from "@/components/ui/field";
import { CHOICE_MODES, type ChoiceMode } from "@/lib/script/enums";
import type { ChoiceNode } from "@/lib/script/nodes";
import { AnswersEditor } from "./answers-editor";
import { DraftNumberField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";
import { parseOptionalSeconds } from "./parse-field";
import { SpokenField } from "./spoken-field";

// The schema's upper bound on a customer's reply time.
const MAX_REPLY_SECONDS = 600;

export function ChoiceForm(props: FormProps<ChoiceNode>) {
  const { node, doc, update } = props;
  const t = useTranslations("inspector.choice");
  return (
    <div className="space-y-4">
      <SpokenField
        nodeId={node.id}
        label={t("text")}
        hint={t("textHint")}
        value={node.text}
        optional={false}
        doc={doc}
        commit={(text) => update({ ...node, text: text ?? "" }, "text")}
      />
      <Field label={t("mode")}>
        {(control) => (
          <Select {...control} value={node.mode} onChange={(e) => update({ ...node, mode: e.target.value as ChoiceMode })}>
            {CHOICE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`modes.${mode}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <AnswersEditor {...props} />
      <DraftNumberField
        label={t("replySeconds")}
        hint={t("replySecondsHint")}
        value={node.replySeconds}
        format={(v) => v ?? null}
        parse={(n) => parseOptionalSeconds(n, MAX_REPLY_SECONDS)}
        commit={(seconds) => update(withOptional(node, "replySeconds", seconds), "replySeconds")}
        min={0}
        max={MAX_REPLY_SECONDS}
      />
    </div>
  );
}
