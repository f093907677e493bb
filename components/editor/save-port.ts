import { ApiFailure, callApi } from "@/lib/api/client";
import type { ScriptSummaryJson } from "@/lib/api/scripts";
import type { SavePort } from "@/lib/editor/autosave";

/** Saves a draft through the API and says what came of it in the autosave protocol's terms. */
export function apiSavePort(scriptId: string): SavePort {
  return async (document, baseRevision) => {
    try {
      const saved = await callApi<ScriptSummaryJson>(`/api/v1/scripts/${scriptId}/draft`, {
        method: "PUT",
        body: { baseRevision, document },
      });
      return { kind: "saved", revision: saved.revision };
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.isNetwork || error.status >= 500) return { kind: "unreachable" };
      if (error.status === 409 && error.body?.error.currentRevision !== undefined) {
        return { kind: "conflict", currentRevision: error.body.error.currentRevision };
      }
      const issues = (error.body?.error.issues ?? []).map((i) => ({ pathText: i.pathText, message: i.message }));
      return { kind: "rejected", message: error.message, issues };
    }
  };
}
