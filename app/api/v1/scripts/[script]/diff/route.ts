import { diffQuerySchema, type VersionDiffJson } from "@/lib/api/review";
import { guarded } from "@/lib/server/access/guard";
import { parseInput } from "@/lib/server/http";
import { diffVersions } from "@/lib/server/versions/versions";

type Context = { params: Promise<{ script: string }> };

/** What changed between two published versions: elements, flows, settings and the copy. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const { from, to } = parseInput(diffQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json({ from, to, ...diffVersions((await params).script, from, to) } satisfies VersionDiffJson);
  });
}
