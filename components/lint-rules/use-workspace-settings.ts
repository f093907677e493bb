"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { ApiFailure, callApi } from "@/lib/api/client";
import type { LintSettingsJson } from "@/lib/api/lint";
import type { WorkspaceLintSettings } from "@/lib/lint/workspace-settings";
import { SettingsSaver } from "./settings-saver";

async function putSettings(settings: WorkspaceLintSettings): Promise<WorkspaceLintSettings> {
  const body = await callApi<LintSettingsJson>("/api/v1/lint/settings", { method: "PUT", body: { settings } });
  return body.settings;
}

/** The server's words for a failure; null for a network failure (the UI says so in its language). */
function describe(error: unknown): string | null {
  if (!(error instanceof ApiFailure) || error.isNetwork) return null;
  return error.body?.error.issues[0]?.message ?? error.message;
}

/** The workspace settings the page edits, saved as they change (see SettingsSaver). */
export function useWorkspaceSettings(initial: WorkspaceLintSettings) {
  const [saver] = useState(() => new SettingsSaver(initial, putSettings, describe));
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getSnapshot);

  // Leaving the page while a change is not on the server asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.unsaved) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saver]);

  return { settings: snapshot.settings, statuses: snapshot.statuses, saver };
}
