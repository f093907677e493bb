"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptJson } from "@/lib/api/scripts";
import { callApi } from "@/lib/api/client";
import { draftFileName } from "@/lib/publish/import-file";
import { Button } from "@/components/ui/button";

/**
 * Saves the draft as it is on the server now (not as this page was rendered), as the same JSON
 * the editor's JSON view shows, so it imports back unchanged.
 */
export function DownloadDraftButton({ scriptId, onError }: { scriptId: string; onError: (error: unknown) => void }) {
  const t = useTranslations("versions.overview");
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const script = await callApi<ScriptJson>(`/api/v1/scripts/${encodeURIComponent(scriptId)}`);
      const blob = new Blob([`${JSON.stringify(script.document, null, 2)}\n`], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = draftFileName(script.slug, script.revision);
      link.click();
      // The click has handed the file over; the browser no longer needs the object URL after it.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button disabled={busy} onClick={() => void download()}>
      {busy ? t("downloading") : t("downloadDraft")}
    </Button>
  );
}
