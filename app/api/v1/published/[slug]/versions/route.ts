import { withIsoDates } from "@/lib/api/access";
import { guarded } from "@/lib/server/access/guard";
import { publishedVersions } from "@/lib/server/published/published";

type Context = { params: Promise<{ slug: string }> };

/** Every published version of a script, newest first (no documents). */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "published.read", async () => Response.json({ versions: publishedVersions((await params).slug).map(withIsoDates) }));
}
