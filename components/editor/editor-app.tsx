"use client";

import { useCallback, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptJson } from "@/lib/api/scripts";
import { callApi } from "@/lib/api/client";
import type { ScriptDocument } from "@/lib/script/document";
import { replaceDocument } from "@/lib/script/commands/settings";
import { createEditorStore } from "@/lib/editor/editor-store";
import { CanvasProvider, useCanvasControls } from "@/components/canvas/canvas-controls";
import { LintProvider } from "@/components/lint/lint-context";
import { ProblemsPanel } from "@/components/lint/problems-panel";
import { ScriptCanvas } from "@/components/canvas/script-canvas";
import { JsonView } from "@/components/code/json-view";
import { Inspector } from "@/components/inspector/inspector";
import { ScriptSettings } from "@/components/settings/script-settings";
import { PlayerPanel } from "@/components/simulate/player-panel";
import { PlayerProvider } from "@/components/simulate/player-context";
import { EditorReviewProvider } from "@/components/review/editor-review-context";
import { ReviewStrip } from "@/components/review/review-strip";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { BackupBanner } from "./backup-banner";
import { ConflictDialog } from "./conflict-dialog";
import { EditorProvider, useEditor, useEditorStore } from "./editor-context";
import { EditorToolbar } from "./editor-toolbar";
import { clearBackup, readBackup, type Backup } from "./local-backup";
import { Palette } from "./palette";
import { useAddElement } from "./use-add-element";
import { useArrange } from "./use-arrange";
import { useEditorSession } from "./use-editor-session";
import { useShortcuts } from "./use-shortcuts";

/** The script editor: one document store, the canvas or JSON view, palette, inspector, settings. */
export function EditorApp({ script }: { script: ScriptJson }) {
  const [store] = useState(() => createEditorStore({ doc: script.document, revision: script.revision }));
  return (
    <EditorProvider store={store}>
      <CanvasProvider>
        <LintedEditor />
      </CanvasProvider>
    </EditorProvider>
  );
}

/** Lints the document the store holds; everything below reads the findings from the context. */
function LintedEditor() {
  const doc = useEditor((s) => s.doc);
  return (
    <LintProvider doc={doc}>
      <EditorLayout />
    </LintProvider>
  );
}

function EditorLayout() {
  const t = useTranslations("editor");
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const scriptId = useEditor((s) => s.scriptId);
  const selection = useEditor((s) => s.selection);
  const view = useEditor((s) => s.view);
  const panel = useEditor((s) => s.panel);
  const setPanel = useEditor((s) => s.setPanel);
  const save = useEditor((s) => s.save);
  const dispatch = useEditor((s) => s.dispatch);
  const select = useEditor((s) => s.select);
  const { notice, show, dismiss } = useNotice();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(true);
  const canvas = useCanvasControls();
  const showNode = useCallback(
    (id: string) => {
      select([id]);
      if (store.getState().view === "canvas") canvas.focusNode(id);
    },
    [select, store, canvas],
  );
  const [backup, setBackup] = useState<Backup | null>(() =>
    typeof window === "undefined" ? null : readBackup(store.getState().scriptId, store.getState().save.savedDoc),
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const autosave = useEditorSession(store);
  const addElement = useAddElement();
  const { arrange, arranging } = useArrange(useCallback(() => show({ tone: "error", text: t("notice.layoutFailed") }), [show, t]));

  useShortcuts(store, {
    focusSearch: useCallback(() => searchRef.current?.focus(), []),
    onPasted: useCallback((count: number) => show({ tone: "info", text: t("notice.pasted", { count }) }), [show, t]),
    onCopied: useCallback((count: number) => show({ tone: "info", text: t("notice.copied", { count }) }), [show, t]),
  });

  const onEntryKept = useCallback(() => show({ tone: "info", text: t("notice.entryKept") }), [show, t]);
  const applyJson = useCallback(
    (document: ScriptDocument) => dispatch(replaceDocument, { document }, { label: "applyJson" }),
    [dispatch],
  );
  const reloadTheirs = useCallback(async () => {
    const id = store.getState().scriptId;
    const draft = await callApi<{ revision: number; document: ScriptDocument }>(`/api/v1/scripts/${id}/draft`);
    store.getState().loadFromServer(draft.document, draft.revision);
    clearBackup(id);
  }, [store]);

  return (
    // The review (candidate status, reviewers' comments) is read by the toolbar, canvas and inspector alike.
    <EditorReviewProvider scriptId={scriptId} saveNow={autosave.flush} showNode={showNode}>
    <div className="flex h-[calc(100vh-3.5rem)] flex-col">
      <EditorToolbar
        searchRef={searchRef}
        onArrange={() => void arrange()}
        arranging={arranging}
        onSettings={() => setSettingsOpen(true)}
        onRetrySave={() => void autosave.flush()}
        problemsOpen={problemsOpen}
        onToggleProblems={() => setProblemsOpen((open) => !open)}
      />
      <ReviewStrip />
      {backup ? (
        <BackupBanner
          backup={backup}
          onRestore={() => {
            dispatch(replaceDocument, { document: backup.document }, { label: "restoreBackup" });
            setBackup(null);
          }}
          onDiscard={() => {
            clearBackup(store.getState().scriptId);
            setBackup(null);
          }}
        />
      ) : null}
      {save.status === "error" && save.error ? (
        <div role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
          {t("notice.rejected")} {save.error.message}
          <ul className="mt-1 list-disc pl-5 text-xs">
            {save.error.issues.slice(0, 5).map((issue) => (
              <li key={issue.pathText}>
                <code>{issue.pathText}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="pointer-events-none absolute top-28 left-1/2 z-30 w-[min(36rem,90vw)] -translate-x-1/2 [&>*]:pointer-events-auto">
        <NoticeBar notice={notice} onDismiss={dismiss} />
      </div>
      {/* The player's walk lives above the canvas and the side panel: the panel drives it, the canvas draws it. */}
      <PlayerProvider doc={doc} showOnCanvas={panel === "player"}>
      <div className="flex min-h-0 flex-1">
        {view === "canvas" ? (
          <aside className="w-44 shrink-0 overflow-y-auto border-r border-slate-200 bg-slate-50">
            <Palette onAdd={(kind) => addElement(kind)} />
          </aside>
        ) : null}
        <div className="flex min-w-0 flex-1 flex-col">
          <div className="relative min-h-0 flex-1">
            {view === "canvas" ? (
              <ScriptCanvas onDropKind={addElement} onEntryKept={onEntryKept} />
            ) : (
              <div className="h-full" data-own-undo>
                <JsonView document={doc} onApply={applyJson} />
              </div>
            )}
          </div>
          {problemsOpen ? (
            <div className="h-48 shrink-0">
              <ProblemsPanel doc={doc} onClose={() => setProblemsOpen(false)} onShowNode={showNode} />
            </div>
          ) : null}
        </div>
        <aside className={`${panel === "player" ? "w-[400px]" : "w-[360px]"} shrink-0 overflow-y-auto border-l border-slate-200 bg-white`}>
          {panel === "player" ? (
            <PlayerPanel doc={doc} onClose={() => setPanel("inspector")} />
          ) : (
            <Inspector doc={doc} selection={selection} dispatch={dispatch} onSelect={(ids) => select(ids)} />
          )}
        </aside>
      </div>
      </PlayerProvider>
      <ScriptSettings doc={doc} dispatch={dispatch} open={settingsOpen} onClose={() => setSettingsOpen(false)} onShowElement={(id) => {
        setSettingsOpen(false);
        select([id]);
      }} />
      <ConflictDialog revision={save.status === "conflict" ? save.conflictRevision : null} doc={doc} onReload={reloadTheirs} onOverwrite={autosave.overwrite} />
    </div>
    </EditorReviewProvider>
  );
}
