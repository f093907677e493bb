"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { useTranslations } from "use-intl";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import type { Notice } from "@/components/ui/use-notice";

/** The library's writes: each calls the API, reports the outcome, and refreshes the list. */
export function useLibraryActions(show: (notice: Notice) => void) {
  const t = useTranslations();
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();

  const failed = useCallback(
    (error: unknown) => {
      const text = error instanceof ApiFailure && !error.isNetwork ? error.message : t("errors.network");
      show({ tone: "error", text });
    },
    [show, t],
  );

  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);

  const setArchived = useCallback(
    (script: ScriptSummaryJson, archived: boolean): Promise<void> => {
      // Undo is the same write the other way round, offered again after it runs.
      const apply = async (value: boolean): Promise<void> => {
        try {
          await callApi(`/api/v1/scripts/${script.id}`, { method: "PATCH", body: { archived: value } });
          refresh();
          show({
            tone: "info",
            text: t(value ? "library.archivedNotice" : "library.restoredNotice", { title: script.title }),
            undo: () => void apply(!value),
          });
        } catch (error) {
          failed(error);
        }
      };
      return apply(archived);
    },
    [failed, refresh, show, t],
  );

  const duplicate = useCallback(
    async (script: ScriptSummaryJson) => {
      try {
        const copy = await callApi<ScriptSummaryJson>(`/api/v1/scripts/${script.id}/duplicate`, { method: "POST" });
        refresh();
        show({ tone: "info", text: t("library.duplicated", { title: copy.title }) });
      } catch (error) {
        failed(error);
      }
    },
    [failed, refresh, show, t],
  );

  const renamed = useCallback(
    (script: ScriptSummaryJson) => {
      refresh();
      show({ tone: "info", text: t("library.renamed", { title: script.title }) });
    },
    [refresh, show, t],
  );

  return { refreshing, setArchived, duplicate, renamed };
}
