import { summaryJson } from "@/lib/api/scripts";
import { versionParamSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput } from "@/lib/server/http";
import { restoreVersion } from "@/lib/server/versions/versions";

type Context = { params: Promise<{ script: string; version: string }> };

/** Copies a published version into the draft as a new revision. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "scripts.edit", async (actor) => {
    const { script, version } = await params;
    const { document: _document, ...summary } = restoreVersion(actor, script, parseInput(versionParamSchema, version));
    return Response.json(summaryJson(summary));
  });
}
