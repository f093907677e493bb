import { guarded } from "@/lib/server/access/guard";
import { saveDraftRequestSchema, summaryJson } from "@/lib/api/scripts";
import { parseInput, readJson } from "@/lib/server/http";
import { getScript } from "@/lib/server/scripts/get-script";
import { saveDraft } from "@/lib/server/scripts/save-draft";

type Context = { params: Promise<{ script: string }> };

export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const record = getScript((await params).script);
    return Response.json({ revision: record.revision, document: record.document });
  });
}

/** Saves the draft; `baseRevision` must be the revision the client started from, or 409. */
export function PUT(request: Request, { params }: Context) {
  return guarded(request, "scripts.edit", async (actor) => {
    const { script } = await params;
    const body = parseInput(saveDraftRequestSchema, await readJson(request));
    const { document: _document, ...summary } = saveDraft(actor, getScript(script).id, body.baseRevision, body.document);
    return Response.json(summaryJson(summary));
  });
}
