"use client";

import { useTranslations } from "use-intl";
import { assignStage } from "@/lib/script/commands/stages";
import type { ScriptNode } from "@/lib/script/nodes";
import { DraftTextField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";
import { parseOptionalText } from "./parse-field";
import { StageSelect } from "./stage-select";

// The schema's limit on an element's short name.
const MAX_LABEL = 120;

/** Fields every element has: its short name on the canvas and (all but exits) its stage. */
export function CommonFields({ node, doc, dispatch, update }: FormProps<ScriptNode>) {
  const t = useTranslations("inspector.common");
  return (
    <div className="space-y-4">
      <DraftTextField
        label={t("label")}
        hint={t("labelHint")}
        value={node.label}
        format={(v) => v ?? ""}
        parse={(text) => parseOptionalText(text, MAX_LABEL)}
        commit={(label) => update(withOptional(node, "label", label), "label")}
        input={{ maxLength: MAX_LABEL }}
      />
      {node.kind === "exit" ? null : (
        <StageSelect
          doc={doc}
          label={t("stage")}
          hint={t("stageHint")}
          value={node.stageId}
          onChange={(stageId) => dispatch(assignStage, { ids: [node.id], stageId }, { label: "changeStage" })}
        />
      )}
    </div>
  );
}
