"use client";

import type { DragEvent } from "react";
import { useTranslations } from "use-intl";
import { ELEMENT_KINDS, type ElementKind } from "@/lib/script/enums";
import { PALETTE_MIME } from "@/components/canvas/script-canvas";
import { KindIcon } from "./kind-icon";


/** Every element kind, to drag onto the canvas or to add from the keyboard (Enter or Space). */
export function Palette({ onAdd }: { onAdd: (kind: ElementKind) => void }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="palette-heading" className="flex flex-col gap-1 p-2">
      <h2 id="palette-heading" className="px-1 text-xs font-semibold text-slate-600">
        {t("editor.palette.heading")}
      </h2>
      <p className="px-1 text-[11px] leading-4 text-slate-500">{t("editor.palette.hint")}</p>
      <ul className="mt-1 space-y-1">
        {ELEMENT_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              onDragStart={(event: DragEvent) => {
                event.dataTransfer.setData(PALETTE_MIME, kind);
                event.dataTransfer.effectAllowed = "copy";
              }}
              onClick={() => onAdd(kind)}
              aria-label={t("editor.palette.add", { kind: t(`kinds.${kind}`) })}
              className="flex w-full cursor-grab items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-sm hover:border-blue-400 hover:bg-blue-50 active:cursor-grabbing"
            >
              <span className="text-slate-500">
                <KindIcon kind={kind} />
              </span>
              {t(`kinds.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
