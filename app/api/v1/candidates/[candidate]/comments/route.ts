import { withIsoDates } from "@/lib/api/access";
import { commentRequestSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { addComment } from "@/lib/server/review/comments";

type Context = { params: Promise<{ candidate: string }> };

/** A reviewer's comment on one element's copy. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "review.decide", async (actor) => {
    const body = parseInput(commentRequestSchema, await readJson(request));
    return Response.json(withIsoDates(addComment(actor, (await params).candidate, body)), { status: 201 });
  });
}
