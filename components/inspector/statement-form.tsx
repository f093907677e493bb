"use client";

import { useTranslations } from "use-intl";
import type { StatementNode } from "@/lib/script/nodes";
import type { FormProps } from "./form-props";
import { SpokenField } from "./spoken-field";

export function StatementForm({ node, doc, update }: FormProps<StatementNode>) {
  const t = useTranslations("inspector.statement");
  return (
    <SpokenField
        nodeId={node.id}
      label={t("text")}
      hint={t("textHint", { trigger: "{{" })}
      value={node.text}
      optional={false}
      doc={doc}
      commit={(text) => update({ ...node, text: text ?? "" }, "text")}
    />
  );
}
