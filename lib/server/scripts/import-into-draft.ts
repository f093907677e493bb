import "server-only";
import type { Principal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { saveDraft as writeDraft } from "../../db/scripts-repo";
import type { ScriptRecord } from "../../library/records";
import { validateScript } from "../../script/validate";
import { formatPath } from "../../script/issues";
import { isVersionEnvelope } from "../../publish/import-file";
import { AppError } from "../errors";
import { audited } from "../access/audit";
import { getScript } from "./get-script";

/**
 * Replaces the draft with an imported document, kept under this script's id. It is validated
 * first, every problem reported with its path, and nothing is written unless all of it is valid.
 */
export function importIntoDraft(actor: Principal, idOrSlug: string, baseRevision: number, input: unknown): ScriptRecord {
  const record = getScript(idOrSlug);
  const raw = isVersionEnvelope(input) ? input.script : input;
  const candidate = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? { ...raw, id: record.id } : raw;
  const result = validateScript(candidate);
  if (!result.ok) {
    const issues = result.issues.map((i) => ({ ...i, path: ["document", ...i.path], pathText: formatPath(["document", ...i.path]) }));
    throw new AppError("invalid-document", { issues });
  }
  const write = () => {
    const saved = writeDraft(getDb(), { id: record.id, baseRevision, document: result.document, actor: principalLabel(actor), now: new Date() });
    if (saved.ok) return saved.record;
    if (saved.reason === "not-found") throw new AppError("not-found");
    throw new AppError("conflict", { currentRevision: saved.currentRevision });
  };
  return audited(actor, "script.import-draft", write, (r) => ({ scriptId: r.id, target: r.title, details: { revision: r.revision } }));
}
