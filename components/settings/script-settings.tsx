"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { GeneralSection } from "./general-section";
import { SECTIONS, SectionTabs, panelId, tabId, type Section } from "./section-tabs";
import { Dialog } from "@/components/ui/dialog";
import { StagesSection } from "./stages-section";
import { TargetGroupSection } from "./target-group-section";
import { VariablesSection } from "./variables-section";

export type ScriptSettingsProps = {
  doc: ScriptDocument;
  dispatch: Dispatch;
  open: boolean;
  onClose: () => void;
  /** Shows an element on the canvas (from "this variable is still used by …"); the panel closes first. */
  onShowElement?: (id: string) => void;
};

/**
 * The script's settings in a drawer: general facts, stages, variables and the target group. Every
 * valid change is dispatched at once as a command (autosave persists it); invalid input stays at
 * its field with an error and never reaches the document.
 */
export function ScriptSettings({ doc, dispatch, open, onClose, onShowElement }: ScriptSettingsProps) {
  const t = useTranslations("settings");
  const prefix = useId();
  const headingId = `${prefix}-heading`;
  const [section, setSection] = useState<Section>("general");

  const showElement = onShowElement
    ? (id: string) => {
        onClose();
        onShowElement(id);
      }
    : undefined;

  // "Used by the target group's criteria": take the reader there, with focus on its tab.
  const showCriteria = () => {
    setSection("targetGroup");
    document.getElementById(tabId(prefix, "targetGroup"))?.focus();
  };

  return (
    <Dialog open={open} onClose={onClose} labelledBy={headingId} size="drawer">
      <div className="flex h-full flex-col">
        <header className="flex items-center gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="text-lg font-semibold">
              {t("heading")}
            </h2>
            <p className="truncate text-sm text-slate-600" lang={doc.locale}>
              {doc.title}
            </p>
          </div>
          <Button onClick={onClose} aria-label={t("closeLabel")}>
            {t("close")}
          </Button>
        </header>
        <div className="flex min-h-0 flex-1 flex-col sm:flex-row">
          <nav className="border-b border-slate-200 p-3 sm:w-44 sm:shrink-0 sm:border-r sm:border-b-0">
            <SectionTabs prefix={prefix} active={section} onSelect={setSection} />
          </nav>
          {SECTIONS.map((s) => (
            <div
              key={s}
              role="tabpanel"
              id={panelId(prefix, s)}
              aria-labelledby={tabId(prefix, s)}
              hidden={s !== section}
              tabIndex={0}
              className="min-h-0 flex-1 overflow-y-auto px-6 py-5 focus-visible:outline-offset-[-2px]"
            >
              {s === "general" ? <GeneralSection doc={doc} dispatch={dispatch} /> : null}
              {s === "stages" ? <StagesSection doc={doc} dispatch={dispatch} /> : null}
              {s === "variables" ? (
                <VariablesSection doc={doc} dispatch={dispatch} onShowElement={showElement} onShowCriteria={showCriteria} />
              ) : null}
              {s === "targetGroup" ? <TargetGroupSection doc={doc} dispatch={dispatch} /> : null}
            </div>
          ))}
        </div>
      </div>
    </Dialog>
  );
}
