import type { ScriptDocument } from "@/lib/script/document";
import { validateScript } from "@/lib/script/validate";

// A copy of unsaved work in the browser, so that closing the tab while offline loses nothing.

export type Backup = { document: ScriptDocument; baseRevision: number; savedAt: number };

const key = (scriptId: string) => `huaben:unsaved:${scriptId}`;

export function writeBackup(scriptId: string, backup: Backup): void {
  try {
    localStorage.setItem(key(scriptId), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the server copy and the leave warning still protect the work.
  }
}

export function clearBackup(scriptId: string): void {
  try {
    localStorage.removeItem(key(scriptId));
  } catch {
    // nothing to clear
  }
}

/** The backup of this script, if one exists, is valid, and differs from what the server has. */
export function readBackup(scriptId: string, serverDocument: ScriptDocument): Backup | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key(scriptId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Backup>;
    const result = validateScript(parsed.document);
    if (!result.ok || typeof parsed.baseRevision !== "number" || typeof parsed.savedAt !== "number") return null;
    if (JSON.stringify(result.document) === JSON.stringify(serverDocument)) return null;
    return { document: result.document, baseRevision: parsed.baseRevision, savedAt: parsed.savedAt };
  } catch {
    return null;
  }
}
