"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { Stage } from "@/lib/script/parts";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Select } from "@/components/ui/field";

const NO_STAGE = "";

type Props = {
  /** The stage to remove, or null when the dialog is closed. */
  stage: Stage | null;
  /** All stages in reading order. */
  stages: readonly Stage[];
  count: number;
  onCancel: () => void;
  onConfirm: (stage: Stage, moveTo: string | null) => void;
};

/** Asks where a removed stage's elements go: another stage, or no stage. */
export function RemoveStageDialog(props: Props) {
  const headingId = useId();
  const t = useTranslations("settings.stages");
  return (
    <Dialog open={props.stage !== null} onClose={props.onCancel} labelledBy={headingId}>
      {props.stage ? (
        <>
          <h2 id={headingId} className="border-b border-slate-200 px-6 py-4 text-lg font-semibold">
            {t("removeHeading", { name: props.stage.name })}
          </h2>
          <RemoveForm {...props} stage={props.stage} />
        </>
      ) : null}
    </Dialog>
  );
}

function RemoveForm({ stage, stages, count, onCancel, onConfirm }: Props & { stage: Stage }) {
  const t = useTranslations("settings.stages");
  const tSettings = useTranslations("settings");
  const others = stages.filter((s) => s.id !== stage.id);
  // The elements most likely belong with the stage before (or, for the first, the one after).
  const at = stages.findIndex((s) => s.id === stage.id);
  const neighbour = stages[at - 1] ?? stages[at + 1];
  const [moveTo, setMoveTo] = useState(neighbour?.id ?? NO_STAGE);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(stage, moveTo === NO_STAGE ? null : moveTo);
      }}
    >
      <div className="space-y-3 px-6 py-4 text-sm">
        <p>{count === 0 ? t("removeEmpty") : t("removeBody", { count })}</p>
        {count > 0 ? (
          <Field label={t("moveTo")}>
            {(control) => (
              <Select {...control} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
                <option value={NO_STAGE}>{t("noStage")}</option>
              </Select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-6 py-3">
        <Button onClick={onCancel}>{tSettings("cancel")}</Button>
        <Button type="submit" variant="primary" className="bg-red-700 hover:bg-red-800">
          {t("removeConfirm")}
        </Button>
      </div>
    </form>
  );
}
