import "server-only";
import type { AuditAction, AuditDetails } from "../../access/audit";
import { principalLabel, type Principal } from "../../access/principal";
import { appendAudit } from "../../db/audit-repo";
import { getDb } from "../../db/client";

export type AuditFacts = { scriptId?: string | null; target?: string | null; details?: AuditDetails };

/**
 * Runs a write and records it in the audit log in one transaction: a write that is not recorded
 * does not happen, and a failed write leaves no entry.
 */
export function audited<T>(actor: Principal | null, action: AuditAction, write: () => T, facts: (result: T) => AuditFacts): T {
  const db = getDb();
  return db.transaction(() => {
    const result = write();
    record(actor, action, facts(result));
    return result;
  });
}

/** Records something that has already happened (better-auth's own writes: sessions, passwords). */
export function record(actor: Principal | null, action: AuditAction, facts: AuditFacts = {}, label?: string): void {
  appendAudit(getDb(), {
    at: new Date(),
    actorId: actor?.id ?? null,
    actorLabel: label ?? (actor ? principalLabel(actor) : "anonymous"),
    action,
    scriptId: facts.scriptId ?? null,
    target: facts.target ?? null,
    details: facts.details ?? {},
  });
}
