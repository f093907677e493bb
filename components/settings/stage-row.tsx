"use client";

import { useTranslations } from "use-intl";
import type { Dispatch } from "@/lib/editor/commands";
import { updateStage } from "@/lib/script/commands/stages";
import { STAGE_ROLES, type StageRole } from "@/lib/script/enums";
import type { Stage } from "@/lib/script/parts";
import { Button } from "@/components/ui/button";
import { NumberInput, Select, TextInput } from "@/components/ui/field";
import { CellField } from "./cell-field";
import { LIMITS, parseBudget, parseRequiredText } from "./field-rules";
import { useDraft } from "./use-draft";
import { useErrorText } from "./use-error-text";

export type MoveDirection = "up" | "down";

const DIMMED = "aria-disabled:cursor-not-allowed aria-disabled:text-slate-300 aria-disabled:hover:bg-transparent";

type Props = {
  stage: Stage;
  position: number;
  count: number;
  total: number;
  locale: string;
  /** Explains why the last stage cannot go; its id describes the remove button. */
  lastStageReasonId: string;
  dispatch: Dispatch;
  onMove: (stage: Stage, direction: MoveDirection) => void;
  onRemove: (stage: Stage) => void;
};

export function StageRow({ stage, position, count, total, locale, lastStageReasonId, dispatch, onMove, onRemove }: Props) {
  const t = useTranslations("settings.stages");
  const tRoles = useTranslations("settings.roles");
  const errorText = useErrorText();
  const edit = (changes: Partial<Omit<Stage, "id" | "order">>, field?: string) =>
    dispatch(updateStage, { id: stage.id, changes }, { label: "editStages", burst: field ? `${field}:${stage.id}` : undefined });

  const name = useDraft(
    stage.name,
    (v) => v,
    (text) => parseRequiredText(text, LIMITS.stageName),
    (value) => edit({ name: value }, "stage-name"),
  );
  const budget = useDraft<number | null, number | null>(
    stage.budgetSeconds,
    (v) => v,
    parseBudget,
    (value) => edit({ budgetSeconds: value }, "stage-budget"),
  );
  const first = position === 1;
  const last = position === total;
  const only = total <= 1;
  // Buttons at an end stay focusable (aria-disabled), so focus is not lost after a move.
  const move = (direction: MoveDirection, blocked: boolean) => (blocked ? undefined : () => onMove(stage, direction));

  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="py-2 pr-2 text-sm text-slate-500 tabular-nums">{position}</td>
      <td className="py-2 pr-2">
        <CellField error={errorText(name.error)}>
          {(a11y) => (
            <TextInput
              {...a11y}
              aria-label={t("nameOf", { position })}
              required
              lang={locale}
              value={name.draft}
              onChange={(e) => name.change(e.target.value)}
            />
          )}
        </CellField>
      </td>
      <td className="py-2 pr-2">
        <Select
          aria-label={t("roleOf", { name: stage.name })}
          value={stage.role ?? ""}
          onChange={(e) => edit({ role: e.target.value === "" ? undefined : (e.target.value as StageRole) })}
        >
          <option value="">{t("noRole")}</option>
          {STAGE_ROLES.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </Select>
      </td>
      <td className="py-2 pr-2">
        <CellField error={errorText(budget.error)}>
          {(a11y) => (
            <NumberInput
              {...a11y}
              aria-label={t("budgetOf", { name: stage.name })}
              min={1}
              max={LIMITS.budgetSeconds}
              step="any"
              placeholder={t("noBudget")}
              value={budget.draft}
              onValue={budget.change}
            />
          )}
        </CellField>
      </td>
      <td className="py-2 pr-2 text-sm whitespace-nowrap text-slate-600">{t("elements", { count })}</td>
      <td className="py-2">
        <div className="flex items-center gap-1">
          <Button
            size="sm"
            variant="ghost"
            className={DIMMED}
            data-focus-key={`${stage.id}:up`}
            aria-label={t("moveUp", { name: stage.name })}
            aria-disabled={first || undefined}
            onClick={move("up", first)}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className={DIMMED}
            data-focus-key={`${stage.id}:down`}
            aria-label={t("moveDown", { name: stage.name })}
            aria-disabled={last || undefined}
            onClick={move("down", last)}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <Button
            size="sm"
            variant="danger"
            className={DIMMED}
            data-focus-key={`${stage.id}:remove`}
            aria-label={t("remove", { name: stage.name })}
            aria-disabled={only || undefined}
            aria-describedby={only ? lastStageReasonId : undefined}
            onClick={only ? undefined : () => onRemove(stage)}
          >
            {t("removeShort")}
          </Button>
        </div>
      </td>
    </tr>
  );
}
