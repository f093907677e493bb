import "server-only";
import type { z } from "zod";
import { withIsoDates, type auditQuerySchema, type AuditPageJson } from "../../api/access";
import { auditActors, queryAudit } from "../../db/audit-repo";
import { getDb } from "../../db/client";
import { findScript } from "../../db/scripts-repo";

const DEFAULT_PAGE = 50;

/** A page of the log; `script` may be an id or a slug. */
export function readAudit(query: z.infer<typeof auditQuerySchema>): AuditPageJson {
  const db = getDb();
  const scriptId = query.script ? (findScript(db, query.script)?.id ?? query.script) : undefined;
  const { entries, more } = queryAudit(db, {
    action: query.action,
    actor: query.actor,
    scriptId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    before: query.before,
    limit: query.limit ?? DEFAULT_PAGE,
  });
  return { entries: entries.map(withIsoDates), more, actors: auditActors(db) };
}
