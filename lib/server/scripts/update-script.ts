import "server-only";
import { getDb } from "../../db/client";
import { saveDraft as writeDraft, setArchived } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { AppError } from "../errors";
import { currentActor } from "../actor";
import { getScript } from "./get-script";
import { commit } from "./save-draft";

/** Renaming changes the draft's title, so it is a new revision like any other edit. */
export function renameScript(idOrSlug: string, title: string): ScriptRecord {
  const record = getScript(idOrSlug);
  if (record.document.title === title) return record;
  const document = { ...record.document, title };
  return commit(
    writeDraft(getDb(), { id: record.id, baseRevision: record.revision, document, actor: currentActor(), now: new Date() }),
  );
}

export function archiveScript(idOrSlug: string, archived: boolean): ScriptRecord {
  const record = getScript(idOrSlug);
  if ((record.archivedAt !== null) === archived) return record;
  const now = new Date();
  const updated = setArchived(getDb(), record.id, archived ? now : null, now);
  if (!updated) throw new AppError("not-found");
  return updated;
}
