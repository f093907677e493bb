import { importDraftRequestSchema } from "@/lib/api/review";
import { summaryJson } from "@/lib/api/scripts";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { importIntoDraft } from "@/lib/server/scripts/import-into-draft";

type Context = { params: Promise<{ script: string }> };

/** Replaces the draft with an imported document (a file or an exported version), validated first. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "scripts.edit", async (actor) => {
    const body = parseInput(importDraftRequestSchema, await readJson(request));
    const { document: _document, ...summary } = importIntoDraft(actor, (await params).script, body.baseRevision, body.document);
    return Response.json(summaryJson(summary));
  });
}
