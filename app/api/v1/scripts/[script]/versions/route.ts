import { withIsoDates } from "@/lib/api/access";
import type { VersionHistoryJson } from "@/lib/api/review";
import { guarded } from "@/lib/server/access/guard";
import { versionHistory } from "@/lib/server/versions/versions";

type Context = { params: Promise<{ script: string }> };

export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const { versions, live } = versionHistory((await params).script);
    return Response.json({ versions: versions.map(withIsoDates), live: live && withIsoDates(live) } satisfies VersionHistoryJson);
  });
}
