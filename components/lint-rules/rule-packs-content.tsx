"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { CustomPackJson, RulePacksJson } from "@/lib/api/lint";
import type { RulePack } from "@/lib/lint/pack-schema";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { useCan } from "@/components/shell/session-context";
import { ConfirmDialog } from "./confirm-dialog";
import { ImportFileButton } from "./import-file-button";
import { PackCard, packAnchor } from "./pack-card";
import { PackEditor, type EditorTarget } from "./pack-editor";
import { packTemplate, packText } from "./pack-template";
import { withRuleLevel, type LevelChoice } from "./settings-update";
import { SpeechRatesForm } from "./speech-rates-form";
import { useWorkspaceSettings } from "./use-workspace-settings";

const CUSTOM_ANCHOR = "custom-packs";

type Props = { packs: RulePacksJson; initialSettings: WorkspaceLintSettings; reloadPacks: () => Promise<void> };

export function RulePacksContent({ packs, initialSettings, reloadPacks }: Props) {
  const t = useTranslations("lintRules");
  const tRoot = useTranslations();
  const locale = useLocale();
  // Approvers read the rules and their examples; changing them is for the roles that edit rules.
  const readOnly = !useCan("rules.edit");
  const { settings, statuses, saver } = useWorkspaceSettings(initialSettings);
  const { notice, show, dismiss } = useNotice();
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [deleting, setDeleting] = useState<RulePack | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const customHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterLoad = useRef<string | null>(null);
  const ids = { builtin: useId(), custom: useId(), contents: useId() };

  const customIds = useMemo(() => new Set(packs.custom.map((c) => c.pack.id)), [packs.custom]);
  const allIds = useMemo(() => new Set([...packs.builtin.map((p) => p.id), ...customIds]), [packs.builtin, customIds]);
  const disabled = useMemo(() => new Set(packs.disabled), [packs.disabled]);

  // After a save the pack's heading takes the focus, once the fresh list shows it.
  useEffect(() => {
    const id = focusAfterLoad.current;
    if (!id) return;
    const heading = document.getElementById(packAnchor(id))?.querySelector("h3");
    if (!heading) return;
    focusAfterLoad.current = null;
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }, [packs]);

  const onLevel = (ruleId: string, choice: LevelChoice) => void saver.change(ruleId, (s) => withRuleLevel(s, ruleId, choice));
  const retry = () => void saver.retry();

  async function saved(pack: RulePack, previousId: string | null) {
    setEditing(null);
    const name = pack.name[locale];
    show({ tone: "info", text: previousId && previousId !== pack.id ? t("editor.savedAsNew", { id: pack.id, old: previousId }) : t("editor.saved", { name }) });
    focusAfterLoad.current = pack.id;
    await reloadPacks().catch(() => show({ tone: "error", text: tRoot("errors.network") }));
  }

  async function remove(pack: RulePack) {
    setDeleteBusy(true);
    setDeleteError(null);
    try {
      await callApi(`/api/v1/lint/packs/${encodeURIComponent(pack.id)}`, { method: "DELETE" });
      setDeleting(null);
      show({ tone: "info", text: t("deleteDialog.deleted", { name: pack.name[locale] }) });
      customHeading.current?.focus();
      await reloadPacks().catch(() => show({ tone: "error", text: tRoot("errors.network") }));
    } catch (error) {
      const message = error instanceof ApiFailure && !error.isNetwork ? error.message : tRoot("errors.network");
      setDeleteError(t("deleteDialog.failed", { message }));
    } finally {
      setDeleteBusy(false);
    }
  }

  const cardProps = { settings, statuses, onLevel, onRetry: retry, readOnly };
  const busyEditing = editing !== null;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold text-slate-900">{t("heading")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        <nav aria-labelledby={ids.contents} className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          <span id={ids.contents} className="text-xs font-medium text-slate-500">
            {t("contents")}
          </span>
          <ul className="contents">
            {packs.builtin.map((pack) => (
              <li key={pack.id}>
                <a href={`#${packAnchor(pack.id)}`} className="text-blue-700 underline-offset-2 hover:underline">
                  {pack.name[locale]}
                </a>
              </li>
            ))}
            <li>
              <a href={`#${CUSTOM_ANCHOR}`} className="text-blue-700 underline-offset-2 hover:underline">
                {t("customHeading")} ({packs.custom.length})
              </a>
            </li>
          </ul>
        </nav>
        {readOnly ? (
          <p role="note" className="mt-4 max-w-3xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {tRoot("auth.readOnly.rules")}
          </p>
        ) : null}
      </div>

      <div className="sticky top-0 z-20">
        <NoticeBar notice={notice} onDismiss={dismiss} />
      </div>

      <SpeechRatesForm readOnly={readOnly} settings={settings} status={statuses.get("speech")} onSave={(update) => void saver.change("speech", update)} onRetry={retry} />

      <section aria-labelledby={ids.builtin} className="mt-8">
        <h2 id={ids.builtin} className="mb-3 text-lg font-semibold text-slate-900">
          {t("builtinHeading")}
        </h2>
        <div className="space-y-6">
          {packs.builtin.map((pack) => (
            <PackCard key={pack.id} pack={pack} builtin disabled={disabled.has(pack.id)} {...cardProps} />
          ))}
        </div>
      </section>

      <section id={CUSTOM_ANCHOR} aria-labelledby={ids.custom} className="mt-10 scroll-mt-4">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id={ids.custom} ref={customHeading} tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
              {t("customHeading")}
            </h2>
            <p className="mt-0.5 max-w-3xl text-sm text-slate-600">{t("customIntro")}</p>
          </div>
          {readOnly ? null : (
            <div className="flex gap-2">
              <ImportFileButton
              label={t("importFile")}
              disabled={busyEditing}
                onRead={(file, text) => setEditing({ mode: "new", text, note: t("editor.imported", { file }) })}
                onError={(file) => show({ tone: "error", text: t("editor.importFailed", { file }) })}
              />
              <Button variant="primary" disabled={busyEditing} onClick={() => setEditing({ mode: "new", text: packText(packTemplate(locale, allIds)) })}>
                {t("newPack")}
              </Button>
            </div>
          )}
        </div>

        <div className="space-y-6">
          {editing ? <PackEditor target={editing} customIds={customIds} onSaved={(pack, previousId) => void saved(pack, previousId)} onClose={() => setEditing(null)} /> : null}
          {packs.custom.length === 0 && !editing ? <EmptyState title={t("customEmptyTitle")} body={readOnly ? tRoot("auth.readOnly.customEmpty") : t("customEmptyBody")} /> : null}
          {packs.custom.map((custom) => (
            <CustomPackCard
              key={custom.pack.id}
              custom={custom}
              disabled={disabled.has(custom.pack.id)}
              busy={busyEditing}
              editing={editing?.mode === "edit" && editing.id === custom.pack.id}
              onEdit={() => setEditing({ mode: "edit", id: custom.pack.id, name: custom.pack.name[locale], text: packText(custom.pack) })}
              onDelete={() => {
                setDeleteError(null);
                setDeleting(custom.pack);
              }}
              {...cardProps}
            />
          ))}
        </div>
      </section>

      <ConfirmDialog
        open={deleting !== null}
        heading={deleting ? t("deleteDialog.heading", { name: deleting.name[locale] }) : ""}
        body={deleting ? t("deleteDialog.body", { count: deleting.rules.length }) : ""}
        confirmLabel={t("deleteDialog.confirm")}
        cancelLabel={tRoot("common.cancel")}
        busy={deleteBusy ? { label: t("deleteDialog.deleting") } : null}
        error={deleteError}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

function CustomPackCard(
  props: { custom: CustomPackJson; disabled: boolean; busy: boolean; editing: boolean; onEdit: () => void; onDelete: () => void } & Omit<
    Parameters<typeof PackCard>[0],
    "pack" | "builtin" | "disabled" | "changed" | "actions"
  >,
) {
  const t = useTranslations("lintRules");
  const locale = useLocale();
  const { custom, disabled, busy, editing, onEdit, onDelete, ...rest } = props;
  const name = custom.pack.name[locale];
  const actions = rest.readOnly ? undefined : (
    <>
      <Button size="sm" disabled={busy} onClick={onEdit} aria-label={t("editLabel", { name })}>
        {t("edit")}
      </Button>
      <Button size="sm" variant="danger" disabled={editing} onClick={onDelete} aria-label={t("deleteLabel", { name })}>
        {t("delete")}
      </Button>
    </>
  );
  return (
    <PackCard
      pack={custom.pack}
      builtin={false}
      disabled={disabled}
      changed={{ at: custom.updatedAt, by: custom.updatedBy }}
      actions={actions}
      {...rest}
    />
  );
}
