import "server-only";
import { getDb } from "../../db/client";
import { saveDraft as writeDraft } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { validateScript } from "../../script/validate";
import { formatPath } from "../../script/issues";
import { AppError } from "../errors";
import { principalLabel, type Principal } from "../../access/principal";
import { audited } from "../access/audit";

/**
 * Saves a new draft revision on top of `baseRevision`. A stale base is a conflict that carries
 * the current revision, so the editor can offer to reload or to overwrite deliberately.
 */
export function saveDraft(actor: Principal, id: string, baseRevision: number, input: unknown): ScriptRecord {
  const result = validateScript(input);
  if (!result.ok) {
    const issues = result.issues.map((i) => ({ ...i, path: ["document", ...i.path], pathText: formatPath(["document", ...i.path]) }));
    throw new AppError("invalid-document", { issues });
  }
  if (result.document.id !== id) {
    const path = ["document", "id"];
    throw new AppError("invalid-document", {
      issues: [{ path, pathText: formatPath(path), code: "invalidValue", params: { values: JSON.stringify(id) } }],
    });
  }
  const write = () => commit(writeDraft(getDb(), { id, baseRevision, document: result.document, actor: principalLabel(actor), now: new Date() }));
  return audited(actor, "draft.save", write, (record) => ({ scriptId: id, target: record.title, details: { revision: record.revision } }));
}

export function commit(result: ReturnType<typeof writeDraft>): ScriptRecord {
  if (result.ok) return result.record;
  if (result.reason === "not-found") throw new AppError("not-found");
  throw new AppError("conflict", { currentRevision: result.currentRevision });
}
