import { guarded } from "@/lib/server/access/guard";
import { duplicateScriptRequestSchema, summaryJson } from "@/lib/api/scripts";
import { parseInput, readJson } from "@/lib/server/http";
import { duplicateScript } from "@/lib/server/scripts/duplicate-script";
import { localeOfRequest } from "@/lib/i18n/locales";

type Context = { params: Promise<{ script: string }> };

export function POST(request: Request, { params }: Context) {
  return guarded(request, "scripts.edit", async (actor) => {
    const { script } = await params;
    const body = parseInput(duplicateScriptRequestSchema, (await readJson(request, { optional: true })) ?? {});
    const { document: _document, ...summary } = duplicateScript(actor, script, { title: body.title, locale: localeOfRequest(request) });
    return Response.json(summaryJson(summary), { status: 201, headers: { Location: `/api/v1/scripts/${summary.id}` } });
  });
}
