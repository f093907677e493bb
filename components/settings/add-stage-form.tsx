"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { addStage } from "@/lib/script/commands/stages";
import type { ScriptDocument } from "@/lib/script/document";
import { STAGE_ROLES, type StageRole } from "@/lib/script/enums";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { LIMITS, parseRequiredText } from "./field-rules";
import type { SettingsError } from "./parsed";
import { stageIdFromName } from "./stage-id";
import { useErrorText } from "./use-error-text";

/** Adds a stage at the end; its id comes from its name and never changes afterwards. */
export function AddStageForm({ doc, dispatch, onAdded }: { doc: ScriptDocument; dispatch: Dispatch; onAdded: (name: string) => void }) {
  const t = useTranslations("settings.stages");
  const tRoles = useTranslations("settings.roles");
  const errorText = useErrorText();
  const [name, setName] = useState("");
  const [role, setRole] = useState<StageRole | "">("");
  const [error, setError] = useState<SettingsError | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseRequiredText(name, LIMITS.stageName);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const clean = parsed.value.trim();
    const id = stageIdFromName(clean, doc.stages.map((s) => s.id));
    dispatch(addStage, { stage: { id, name: clean, budgetSeconds: null, ...(role ? { role } : {}) } }, { label: "editStages" });
    setName("");
    setRole("");
    setError(null);
    onAdded(clean);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 rounded-md border border-slate-200 bg-white p-4">
      <h4 className="text-sm font-medium text-slate-800">{t("addHeading")}</h4>
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <Field label={t("newName")} error={errorText(error)} className="min-w-48 flex-1">
          {(control) => (
            <TextInput
              {...control}
              lang={doc.locale}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (error) setError(null);
              }}
            />
          )}
        </Field>
        <Field label={t("newRole")} className="w-56">
          {(control) => (
            <Select {...control} value={role} onChange={(e) => setRole(e.target.value as StageRole | "")}>
              <option value="">{t("noRole")}</option>
              {STAGE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tRoles(r)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary" className="mt-5">
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
