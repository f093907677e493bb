import { withIsoDates } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { resolve } from "@/lib/server/review/comments";

type Context = { params: Promise<{ comment: string }> };

export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "review.submit", async (actor) => Response.json(withIsoDates(resolve(actor, (await params).comment))));
}
