import { withIsoDates } from "@/lib/api/access";
import { guarded } from "@/lib/server/access/guard";
import { publishedScripts } from "@/lib/server/published/published";

export const dynamic = "force-dynamic";

/** Every script with a live version (API token or session). */
export function GET(request: Request) {
  return guarded(request, "published.read", () =>
    Response.json({ scripts: publishedScripts().map(withIsoDates) }, { headers: { "cache-control": "private, no-cache" } }),
  );
}
