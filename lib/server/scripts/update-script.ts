import "server-only";
import { getDb } from "../../db/client";
import { saveDraft as writeDraft, setArchived } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { AppError } from "../errors";
import { principalLabel, type Principal } from "../../access/principal";
import { audited } from "../access/audit";
import { getScript } from "./get-script";
import { commit } from "./save-draft";

/** Renaming changes the draft's title, so it is a new revision like any other edit. */
export function renameScript(actor: Principal, idOrSlug: string, title: string): ScriptRecord {
  const record = getScript(idOrSlug);
  if (record.document.title === title) return record;
  const document = { ...record.document, title };
  const write = () => commit(writeDraft(getDb(), { id: record.id, baseRevision: record.revision, document, actor: principalLabel(actor), now: new Date() }));
  return audited(actor, "script.update", write, (r) => ({ scriptId: r.id, target: r.title, details: { titleBefore: record.title, title } }));
}

export function archiveScript(actor: Principal, idOrSlug: string, archived: boolean): ScriptRecord {
  const record = getScript(idOrSlug);
  if ((record.archivedAt !== null) === archived) return record;
  const now = new Date();
  const write = () => {
    const updated = setArchived(getDb(), record.id, archived ? now : null, now);
    if (!updated) throw new AppError("not-found");
    return updated;
  };
  return audited(actor, "script.update", write, (r) => ({ scriptId: r.id, target: r.title, details: { archived } }));
}
