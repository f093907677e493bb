import { saveDraftRequestSchema, summaryJson } from "@/lib/api/scripts";
import { handle, parseInput, readJson } from "@/lib/server/http";
import { getScript } from "@/lib/server/scripts/get-script";
import { saveDraft } from "@/lib/server/scripts/save-draft";

type Context = { params: Promise<{ script: string }> };

export function GET(request: Request, { params }: Context) {
  return handle(request, async () => {
    const record = getScript((await params).script);
    return Response.json({ revision: record.revision, document: record.document });
  });
}

/** Saves the draft; `baseRevision` must be the revision the client started from, or 409. */
export function PUT(request: Request, { params }: Context) {
  return handle(request, async () => {
    const { script } = await params;
    const body = parseInput(saveDraftRequestSchema, await readJson(request));
    const { document: _document, ...summary } = saveDraft(getScript(script).id, body.baseRevision, body.document);
    return Response.json(summaryJson(summary));
  });
}
