import { versionParamSchema } from "@/lib/api/review";
import { guarded } from "@/lib/server/access/guard";
import { parseInput } from "@/lib/server/http";
import { envelopeJson, publishedVersion } from "@/lib/server/published/published";

type Context = { params: Promise<{ script: string; version: string }> };

/** One published version as agent systems get it; `?download=1` saves it as a file. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const { script, version } = await params;
    const ref = publishedVersion(script, parseInput(versionParamSchema, version));
    const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
    if (new URL(request.url).searchParams.get("download") === "1") headers["content-disposition"] = `attachment; filename="${ref.slug}-v${ref.version}.json"`;
    return new Response(envelopeJson(ref), { headers });
  });
}
