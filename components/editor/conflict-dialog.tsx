"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptDocument } from "@/lib/script/document";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Saves the document as a JSON file, so "load theirs" never has to cost anyone their work. */
export function downloadDocument(doc: ScriptDocument, revision: number) {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${doc.id}-mine-after-r${revision}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Props = { revision: number | null; doc: ScriptDocument; onReload: () => Promise<void>; onOverwrite: () => Promise<void> };

/** Someone saved first: keep theirs (after saving a copy of mine) or overwrite, deliberately. */
export function ConflictDialog({ revision, doc, onReload, onOverwrite }: Props) {
  const t = useTranslations("editor.conflict");
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <Dialog open={revision !== null} onClose={() => undefined} labelledBy={headingId}>
      <div className="space-y-3 px-6 py-5" role="alertdialog" aria-labelledby={headingId}>
        <h2 id={headingId} className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("body", { revision: revision ?? 0 })}</p>
        {confirming ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("confirm", { revision: revision ?? 0 })}</p> : null}
      </div>
      <div className="flex flex-wrap justify-end gap-2 border-t border-slate-200 px-6 py-3">
        {confirming ? (
          <>
            <Button onClick={() => setConfirming(false)} disabled={busy}>
              {t("back")}
            </Button>
            <Button variant="primary" className="bg-red-600 hover:bg-red-700" onClick={() => run(onOverwrite)} disabled={busy}>
              {t("confirmYes")}
            </Button>
          </>
        ) : (
          <>
            <Button variant="ghost" onClick={() => downloadDocument(doc, revision ?? 0)}>
              {t("download")}
            </Button>
            <Button onClick={() => setConfirming(true)} disabled={busy}>
              {t("overwrite")}
            </Button>
            <Button variant="primary" onClick={() => run(onReload)} disabled={busy}>
              {t("reload")}
            </Button>
          </>
        )}
      </div>
    </Dialog>
  );
}
