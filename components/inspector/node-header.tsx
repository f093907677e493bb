"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { setEntry } from "@/lib/script/commands/nodes";
import type { Dispatch } from "@/lib/editor/commands";
import type { ScriptNode } from "@/lib/script/nodes";
import { nameOf } from "./names";

/** What is selected: its kind, id and name, and whether the call starts here. */
export function NodeHeader({ node, entry, dispatch }: { node: ScriptNode; entry: string; dispatch: Dispatch }) {
  const t = useTranslations();
  const isEntry = node.id === entry;
  return (
    <header className="border-b border-slate-200 pb-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t(`kinds.${node.kind}`)}</span>
        {isEntry ? <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-800 ring-1 ring-blue-200 ring-inset">{t("inspector.header.entry")}</span> : null}
      </div>
      <h2 className="mt-1.5 text-base leading-snug font-semibold break-words text-slate-900">{nameOf(node)}</h2>
      <p className="text-xs text-slate-500">
        {t("inspector.header.id")} <code className="font-mono">{node.id}</code>
      </p>
      {/* An exit ends the call, so it cannot be where the call starts. */}
      {isEntry || node.kind === "exit" ? null : (
        <Button
          size="sm"
          className="mt-2"
          aria-label={t("inspector.header.makeEntryLabel", { name: nameOf(node) })}
          onClick={() => dispatch(setEntry, { id: node.id }, { label: "setEntry" })}
        >
          {t("inspector.header.makeEntry")}
        </Button>
      )}
    </header>
  );
}
