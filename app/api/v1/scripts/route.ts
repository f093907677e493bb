import { guarded } from "@/lib/server/access/guard";
import { createFromDocumentSchema, createFromTemplateSchema, listScriptsQuerySchema, summaryJson } from "@/lib/api/scripts";
import { parseInput, readJson } from "@/lib/server/http";
import { listScripts } from "@/lib/server/scripts/list-scripts";
import { createScript, importScript } from "@/lib/server/scripts/create-script";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guarded(request, "scripts.read", () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = parseInput(listScriptsQuerySchema, params);
    const scripts = listScripts({ text: query.q, family: query.family, archive: query.archived });
    return Response.json({ scripts: scripts.map(summaryJson) });
  });
}

export function POST(request: Request) {
  return guarded(request, "scripts.edit", async (actor) => {
    const body = await readJson(request);
    const isImport = body !== null && typeof body === "object" && "document" in body;
    const record = isImport
      ? importScript(actor, parseInput(createFromDocumentSchema, body).document)
      : createScript(actor, parseInput(createFromTemplateSchema, body));
    return Response.json(summaryJson(record), {
      status: 201,
      headers: { Location: `/api/v1/scripts/${record.id}` },
    });
  });
}
