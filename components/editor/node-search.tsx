"use client";

import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import { useTranslations } from "use-intl";
import { searchNodes } from "@/lib/editor/node-search";
import { useCanvasControls } from "@/components/canvas/canvas-controls";
import { useEditor } from "./editor-context";

/** Finds elements by their text, answers, label or id, and focuses the chosen one on the canvas. */
export function NodeSearch({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useTranslations();
  const listId = useId();
  const doc = useEditor((s) => s.doc);
  const select = useEditor((s) => s.select);
  const canvas = useCanvasControls();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => searchNodes(doc, query, 20), [doc, query]);

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    select([hit.id]);
    canvas.focusNode(hit.id);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const expanded = open && query.trim() !== "";
  return (
    <div className="relative" data-own-undo>
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t("editor.search.label")}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        value={query}
        placeholder={t("editor.search.placeholder")}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="w-56 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm"
      />
      {expanded ? (
        <div className="absolute top-full right-0 z-20 mt-1 w-80 rounded-md border border-slate-200 bg-white shadow-lg">
          <p className="border-b border-slate-100 px-3 py-1.5 text-xs text-slate-500" aria-live="polite">
            {t("editor.search.results", { count: hits.length })}
          </p>
          <ul id={listId} role="listbox" aria-label={t("editor.search.label")} className="max-h-80 overflow-y-auto py-1">
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(i);
                }}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-blue-50" : ""}`}
              >
                <span className="text-[11px] text-slate-500">{t(`kinds.${hit.kind}`)}</span> <span className="font-medium">{hit.label}</span>
                {hit.excerpt ? <span className="block truncate text-xs text-slate-600" lang={doc.locale}>{hit.excerpt}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
