import { guarded } from "@/lib/server/access/guard";
import { publishedVersion } from "@/lib/server/published/published";
import { serveVersion } from "@/lib/server/published/serve-version";

type Context = { params: Promise<{ slug: string }> };

/** The live version of a script by slug: ETag and If-None-Match → 304. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "published.read", async () => serveVersion(request, publishedVersion((await params).slug), "live"));
}
