"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { callApi } from "@/lib/api/client";
import type { CustomPackJson } from "@/lib/api/lint";
import type { RulePack } from "@/lib/lint/pack-schema";
import { locateIssue } from "@/components/code/issue-location";
import { PackJsonEditor, type PackEditorHandle } from "@/components/code/pack-json-editor";
import { useShortcuts } from "@/components/code/shortcuts";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "./confirm-dialog";
import { ImportFileButton } from "./import-file-button";
import { PackProblems } from "./pack-problems";
import { checkPackText, problemFromFailure, type PackProblem } from "./pack-save";

/** What the editor opens on: a new pack's starting text, or a custom pack to change. */
export type EditorTarget = { mode: "new"; text: string; note?: string } | { mode: "edit"; id: string; name: string; text: string };

type Props = {
  target: EditorTarget;
  /** Ids of the custom packs there are, so a new pack cannot silently replace one. */
  customIds: ReadonlySet<string>;
  onSaved: (pack: RulePack, previousId: string | null) => void;
  onClose: () => void;
};

/**
 * A custom pack as JSON. Save checks the text against the schema, then the server runs the pack's
 * examples; on any failure nothing is written, the problems are listed with their paths, and the
 * text stays in the editor as the user left it.
 */
export function PackEditor({ target, customIds, onSaved, onClose }: Props) {
  const t = useTranslations("lintRules.editor");
  const tRoot = useTranslations();
  const shortcuts = useShortcuts();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const handle = useRef<PackEditorHandle | null>(null);
  const [text, setText] = useState(target.text);
  const [problem, setProblem] = useState<PackProblem | null>(null);
  const [note, setNote] = useState(target.mode === "new" ? (target.note ?? "") : "");
  const [busy, setBusy] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const dirty = text !== target.text;
  const originalId = target.mode === "edit" ? target.id : null;

  useEffect(() => {
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  async function save() {
    if (busy) return;
    setNote("");
    const check = checkPackText(text, { originalId, customIds });
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setBusy(true);
    try {
      const saved = await callApi<CustomPackJson>(`/api/v1/lint/packs/${encodeURIComponent(check.pack.id)}`, { method: "PUT", body: { pack: check.pack } });
      setProblem(null);
      onSaved(saved?.pack ?? check.pack, originalId);
    } catch (failure) {
      setProblem(problemFromFailure(failure, check.pack));
    } finally {
      setBusy(false);
    }
  }

  function goTo(path: (string | number)[]) {
    const span = locateIssue(text, { path, code: "invalid", params: {} });
    if (span) handle.current?.select(span.offset, span.length);
    else handle.current?.focus();
  }

  const onHandle = useCallback((h: PackEditorHandle | null) => {
    handle.current = h;
  }, []);

  return (
    <section aria-labelledby={headingId} className="overflow-hidden rounded-lg border border-blue-300 bg-white shadow-sm ring-1 ring-blue-100">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-3">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="scroll-mt-4 text-base font-semibold text-slate-900 focus:outline-none">
          {target.mode === "new" ? t("newHeading") : t("editHeading", { name: target.name })}
        </h3>
        <div role="group" aria-label={t("toolbar")} className="ml-auto flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => void save()} disabled={busy} title={`${t("save")} (${shortcuts.apply})`}>
            {busy ? t("saving") : t("save")}
          </Button>
          <ImportFileButton
            label={tRoot("lintRules.importFile")}
            disabled={busy}
            onRead={(file, content) => {
              setText(content);
              setProblem(null);
              setNote(t("imported", { file }));
            }}
            onError={(file) => setNote(t("importFailed", { file }))}
          />
          <Button variant="ghost" onClick={() => (dirty ? setDiscarding(true) : onClose())}>
            {t("cancel")}
          </Button>
        </div>
      </header>
      <p className="border-b border-slate-200 px-4 py-2 text-xs text-slate-600">
        {t("hint")}{" "}
        <a href="/api/v1/schema/rule-pack.json" target="_blank" rel="noreferrer" className="text-blue-700 underline underline-offset-2">
          {t("schemaLink")}
        </a>
      </p>
      <p role="status" className={note ? "border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-700" : "sr-only"}>
        {note}
      </p>
      {problem ? <PackProblems problem={problem} onGoTo={goTo} /> : null}
      <PackJsonEditor value={text} onChange={setText} ariaLabel={t("label")} onHandle={onHandle} onSave={() => void save()} className="h-[min(36rem,65vh)]" />
      <ConfirmDialog
        open={discarding}
        heading={t("discardHeading")}
        body={t("discardBody")}
        confirmLabel={t("discard")}
        cancelLabel={t("keepEditing")}
        onConfirm={() => {
          setDiscarding(false);
          onClose();
        }}
        onCancel={() => setDiscarding(false)}
      />
    </section>
  );
}
