"use client";

import { useRef, type KeyboardEvent } from "react";
import { useTranslations } from "use-intl";

export const SECTIONS = ["general", "stages", "variables", "targetGroup"] as const;
export type Section = (typeof SECTIONS)[number];

export const tabId = (prefix: string, section: Section) => `${prefix}-tab-${section}`;
export const panelId = (prefix: string, section: Section) => `${prefix}-panel-${section}`;

const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The sections as ARIA tabs (vertical): one tab stop, arrow keys move and select, Home and End
 * jump to the ends.
 */
export function SectionTabs(props: { prefix: string; active: Section; onSelect: (section: Section) => void }) {
  const t = useTranslations("settings");
  const refs = useRef(new Map<Section, HTMLButtonElement>());

  function go(section: Section) {
    props.onSelect(section);
    refs.current.get(section)?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const at = SECTIONS.indexOf(props.active);
    const step = STEP[event.key];
    let next: Section | undefined;
    if (step !== undefined) next = SECTIONS[(at + step + SECTIONS.length) % SECTIONS.length];
    else if (event.key === "Home") next = SECTIONS[0];
    else if (event.key === "End") next = SECTIONS[SECTIONS.length - 1];
    if (!next) return;
    event.preventDefault();
    go(next);
  }

  return (
    <div role="tablist" aria-label={t("sections")} aria-orientation="vertical" onKeyDown={onKeyDown} className="flex gap-1 sm:flex-col">
      {SECTIONS.map((section) => {
        const selected = section === props.active;
        return (
          <button
            key={section}
            ref={(el) => {
              if (el) refs.current.set(section, el);
              else refs.current.delete(section);
            }}
            type="button"
            role="tab"
            id={tabId(props.prefix, section)}
            aria-selected={selected}
            aria-controls={panelId(props.prefix, section)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(section)}
            className={`rounded-md px-3 py-2 text-left text-sm font-medium whitespace-nowrap ${
              selected ? "bg-white text-blue-800 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:bg-white/70 hover:text-slate-900"
            }`}
          >
            {t(`tabs.${section}`)}
          </button>
        );
      })}
    </div>
  );
}
