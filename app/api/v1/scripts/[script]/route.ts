import { guarded } from "@/lib/server/access/guard";
import { patchScriptRequestSchema, summaryJson } from "@/lib/api/scripts";
import { parseInput, readJson } from "@/lib/server/http";
import { getScript } from "@/lib/server/scripts/get-script";
import { archiveScript, renameScript } from "@/lib/server/scripts/update-script";

type Context = { params: Promise<{ script: string }> };

export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => Response.json(summaryJson(getScript((await params).script))));
}

/** Rename (`title`) and archive or restore (`archived`). */
export function PATCH(request: Request, { params }: Context) {
  return guarded(request, "scripts.edit", async (actor) => {
    const { script } = await params;
    const body = parseInput(patchScriptRequestSchema, await readJson(request));
    let record = getScript(script);
    if (body.title !== undefined) record = renameScript(actor, record.id, body.title);
    if (body.archived !== undefined) record = archiveScript(actor, record.id, body.archived);
    const { document: _document, ...summary } = record;
    return Response.json(summaryJson(summary));
  });
}
