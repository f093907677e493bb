import { versionParamSchema } from "@/lib/api/review";
import { guarded } from "@/lib/server/access/guard";
import { parseInput } from "@/lib/server/http";
import { publishedVersion } from "@/lib/server/published/published";
import { serveVersion } from "@/lib/server/published/serve-version";

type Context = { params: Promise<{ slug: string; version: string }> };

/** One numbered version: immutable, so it may be cached for a year. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "published.read", async () => {
    const { slug, version } = await params;
    return serveVersion(request, publishedVersion(slug, parseInput(versionParamSchema, version)), "pinned");
  });
}
