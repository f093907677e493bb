import { auditQuerySchema, type AuditPageJson } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { readAudit } from "@/lib/server/access/read-audit";
import { parseInput } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** One page of the audit log, newest first, filtered by action, actor, script and dates. */
export function GET(request: Request) {
  return guardedUser(request, "audit.read", () => {
    const query = parseInput(auditQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(readAudit(query) satisfies AuditPageJson);
  });
}
