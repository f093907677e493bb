"use client";

import { useTranslations } from "use-intl";
import type { ActionNode } from "@/lib/script/nodes";
import { ActionKeyField } from "./action-key-field";
import { DraftNumberField } from "./draft-fields";
import type { FormProps } from "./form-props";
import { withOptional } from "./node-fields";
import { OutputsField } from "./outputs-field";
import { ParametersEditor } from "./parameters-editor";
import { parseSeconds } from "./parse-field";
import { SpokenField } from "./spoken-field";

// The schema's upper bound on a function key's system time.
const MAX_SYSTEM_SECONDS = 3600;

export function ActionForm(props: FormProps<ActionNode>) {
  const { node, doc, update } = props;
  const t = useTranslations("inspector.action");
  return (
    <div className="space-y-4">
      <ActionKeyField {...props} />
      <SpokenField
        nodeId={node.id}
        label={t("text")}
        hint={t("textHint")}
        value={node.text}
        optional
        doc={doc}
        commit={(text) => update(withOptional(node, "text", text), "text")}
      />
      <DraftNumberField
        label={t("systemSeconds")}
        hint={t("systemSecondsHint")}
        value={node.systemSeconds}
        format={(v) => v}
        parse={(n) => parseSeconds(n, MAX_SYSTEM_SECONDS)}
        commit={(seconds) => update({ ...node, systemSeconds: seconds }, "systemSeconds")}
        min={0}
        max={MAX_SYSTEM_SECONDS}
      />
      <ParametersEditor {...props} />
      <OutputsField {...props} />
    </div>
  );
}
