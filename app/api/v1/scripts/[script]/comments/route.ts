import { withIsoDates } from "@/lib/api/access";
import { guarded } from "@/lib/server/access/guard";
import { openCommentsOf } from "@/lib/server/review/comments";

type Context = { params: Promise<{ script: string }> };

/** Reviewers' comments nobody has resolved yet, for the editor to show on their elements. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => Response.json({ comments: openCommentsOf((await params).script).map(withIsoDates) }));
}
