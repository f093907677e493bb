import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../../db/client";
import { insertScript, slugExists } from "../../db/scripts-repo";
import { createScriptFromTemplate, type NewScript } from "../../family/create-script";
import { slugify, uniqueSlug } from "../../library/slug";
import type { ScriptRecord } from "../../library/records";
import type { ScriptDocument } from "../../script/document";
import { validateScript } from "../../script/validate";
import { isVersionEnvelope } from "../../publish/import-file";
import { AppError } from "../errors";
import { principalLabel, type Principal } from "../../access/principal";
import type { AuditAction } from "../../access/audit";
import { audited } from "../access/audit";

export function createScript(actor: Principal, request: Omit<NewScript, "id">): ScriptRecord {
  return store(actor, "script.create", createScriptFromTemplate({ ...request, id: randomUUID() }));
}

/**
 * Imports a whole document (or the script inside a downloaded version) as a new script; it gets
 * a fresh id so it never collides.
 */
export function importScript(actor: Principal, input: unknown): ScriptRecord {
  const document = isVersionEnvelope(input) ? input.script : input;
  const candidate = document !== null && typeof document === "object" && !Array.isArray(document) ? { ...document, id: randomUUID() } : document;
  const result = validateScript(candidate);
  if (!result.ok) throw new AppError("invalid-document", { issues: prefixed(result.issues) });
  return store(actor, "script.import", result.document);
}

/** Stores a new script under a free slug, recorded as `action`. */
export function store(actor: Principal, action: AuditAction, document: ScriptDocument, details: Record<string, string> = {}): ScriptRecord {
  const db = getDb();
  const write = () => {
    const slug = uniqueSlug(slugify(document.title), (s) => slugExists(db, s));
    return insertScript(db, { document, slug, actor: principalLabel(actor), now: new Date() });
  };
  return audited(actor, action, write, (r) => ({ scriptId: r.id, target: r.title, details }));
}

function prefixed<T extends { path: (string | number)[]; pathText: string }>(issues: T[]): T[] {
  return issues.map((i) => ({ ...i, path: ["document", ...i.path], pathText: i.pathText === "$" ? "document" : `document.${i.pathText}` }));
}
