"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { AUDIT_ACTIONS } from "@/lib/access/audit";
import { isAuditAction, isAuditFiltered, NO_AUDIT_FILTERS, type AuditFilters } from "@/lib/access/audit-filters";
import { AUDIT_MESSAGE_KEYS } from "@/lib/access/audit-messages";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";

// Selects, text and date boxes are drawn at different natural heights; one row needs one height.
const CONTROL_HEIGHT = "h-9";

type Props = { filters: AuditFilters; actors: string[]; actorText: (label: string) => string; onChange: (filters: AuditFilters) => void };

/**
 * Action, who, script and a range of days. Choices apply at once; the script box applies on
 * Enter or when it loses the focus, so typing an id does not fire a request per letter.
 */
export function AuditFilterBar({ filters, actors, actorText, onChange }: Props) {
  const t = useTranslations("admin.audit");
  const [script, setScript] = useState(filters.script);
  // The URL changed elsewhere (clear, back button): the box follows it.
  const [urlScript, setUrlScript] = useState(filters.script);
  if (urlScript !== filters.script) {
    setUrlScript(filters.script);
    setScript(filters.script);
  }
  const applyScript = () => {
    if (script.trim() !== filters.script) onChange({ ...filters, script: script.trim() });
  };
  // A filter from a link may name someone who is not among the actors of this page.
  const actorOptions = filters.actor && !actors.includes(filters.actor) ? [filters.actor, ...actors] : actors;

  return (
    <form
      role="search"
      aria-label={t("filtersLabel")}
      className="mb-4 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3"
      onSubmit={(event) => {
        event.preventDefault();
        applyScript();
      }}
    >
      <Field label={t("action")} className="w-48">
        {(control) => (
          <Select {...control} className={CONTROL_HEIGHT} value={filters.action ?? ""} onChange={(e) => onChange({ ...filters, action: isAuditAction(e.target.value) ? e.target.value : null })}>
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`actions.${AUDIT_MESSAGE_KEYS[action]}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("actor")} className="min-w-44 flex-1 basis-44">
        {(control) => (
          <Select {...control} className={CONTROL_HEIGHT} value={filters.actor} onChange={(e) => onChange({ ...filters, actor: e.target.value })}>
            <option value="">{t("allActors")}</option>
            {actorOptions.map((label) => (
              <option key={label} value={label}>
                {actorText(label)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("script")} hint={t("scriptHint")} className="w-44">
        {(control) => (
          <TextInput {...control} className={CONTROL_HEIGHT} type="search" value={script} placeholder={t("scriptPlaceholder")} maxLength={200} onChange={(e) => setScript(e.target.value)} onBlur={applyScript} />
        )}
      </Field>
      <Field label={t("from")} className="w-40">
        {(control) => <TextInput {...control} className={CONTROL_HEIGHT} type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => onChange({ ...filters, from: e.target.value })} />}
      </Field>
      <Field label={t("to")} className="w-40">
        {(control) => <TextInput {...control} className={CONTROL_HEIGHT} type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange({ ...filters, to: e.target.value })} />}
      </Field>
      {/* Always there (disabled without filters), so the row does not shift when a filter is set. */}
      <Button variant="ghost" className="mt-5 h-9" disabled={!isAuditFiltered(filters)} onClick={() => onChange(NO_AUDIT_FILTERS)}>
        {t("clear")}
      </Button>
    </form>
  );
}
