"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Dispatch } from "@/lib/editor/commands";
import { removeNodes } from "@/lib/script/commands/nodes";
import type { ScriptNode } from "@/lib/script/nodes";
import { nameOf } from "./names";

/** Deletes the element with its flows; the entry cannot go until another element is the entry. */
export function DeleteNode({ node, entry, dispatch, onSelect }: { node: ScriptNode; entry: string; dispatch: Dispatch; onSelect: (ids: string[]) => void }) {
  const t = useTranslations("inspector.delete");
  if (node.id === entry) return <p className="text-xs text-slate-500">{t("entryStays")}</p>;
  return (
    <Button
      variant="danger"
      size="sm"
      className="border border-red-300 bg-white"
      onClick={() => {
        dispatch(removeNodes, { ids: [node.id] }, { label: "deleteNodes" });
        onSelect([]);
      }}
    >
      {t("one", { name: nameOf(node) })}
    </Button>
  );
}
