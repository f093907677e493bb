"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import { ApiFailure, callApi } from "@/lib/api/client";
import { pathInFile, readImportFile, scriptOfFile } from "@/lib/publish/import-file";
import { useErrorText } from "@/components/admin/error-text";

export type ImportIssue = { path: string; message: string };
export type ImportOutcome =
  | { phase: "idle" }
  | { phase: "busy"; file: string }
  | { phase: "done"; file: string; revision: number }
  | { phase: "failed"; message: string; issues: ImportIssue[]; conflict: boolean };

/**
 * Reads a picked file and sends it: into this script's draft (against the revision on the page,
 * so a draft that moved on is never overwritten unseen) or as a new script. Nothing is written
 * unless the server accepts all of it; its refusal comes back as a message and the problems.
 */
export function useFileImport(script: { id: string; revision: number }) {
  const t = useTranslations("versions.overview");
  const router = useRouter();
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<ImportOutcome>({ phase: "idle" });

  async function send(file: string, text: string, into: "draft" | "new") {
    const read = readImportFile(text);
    if (!read.ok) return setOutcome({ phase: "failed", message: t("notJson", { file, detail: read.detail }), issues: [], conflict: false });
    setOutcome({ phase: "busy", file });
    try {
      if (into === "new") {
        const created = await callApi<ScriptSummaryJson>("/api/v1/scripts", { method: "POST", body: { document: scriptOfFile(read) } });
        router.push(`/scripts/${encodeURIComponent(created.id)}`);
        return;
      }
      const path = `/api/v1/scripts/${encodeURIComponent(script.id)}/import`;
      const saved = await callApi<ScriptSummaryJson>(path, { method: "POST", body: { baseRevision: script.revision, document: read.value } });
      setOutcome({ phase: "done", file, revision: saved.revision });
      // The page shows the draft: read it again from the server.
      router.refresh();
    } catch (error) {
      setOutcome(refusal(error, file, read.envelope));
    }
  }

  function refusal(error: unknown, file: string, envelope: boolean): ImportOutcome {
    const failed = (message: string, conflict = false): ImportOutcome => ({ phase: "failed", message, issues: [], conflict });
    if (!(error instanceof ApiFailure) || error.isNetwork) return failed(t("failed", { file, message: errorText(error) }));
    if (error.status === 413) return failed(t("tooLarge", { file, detail: error.message }));
    if (error.status === 409) return failed(t("conflict"), true);
    const issues = error.body?.error.issues ?? [];
    if (error.status === 422 && issues.length > 0) {
      return { phase: "failed", message: t("invalid", { file, count: issues.length }), issues: issues.map((i) => ({ path: pathInFile(i.path, envelope), message: i.message })), conflict: false };
    }
    return failed(t("failed", { file, message: error.message }));
  }

  return {
    outcome,
    intoDraft: (file: string, text: string) => void send(file, text, "draft"),
    asNew: (file: string, text: string) => void send(file, text, "new"),
    unreadable: (file: string) => setOutcome({ phase: "failed", message: t("unreadable", { file }), issues: [], conflict: false }),
    /** Something else about files went wrong (a download); said in the same place. */
    report: (message: string) => setOutcome({ phase: "failed", message, issues: [], conflict: false }),
    clear: () => setOutcome({ phase: "idle" }),
  };
}
