import { withIsoDates } from "@/lib/api/access";
import { publishRequestSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { publish } from "@/lib/server/versions/publish";

type Context = { params: Promise<{ candidate: string }> };

/** Publishes an approved candidate as the next immutable version and makes it live. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "versions.publish", async (actor) => {
    const body = parseInput(publishRequestSchema, (await readJson(request, { optional: true })) ?? {});
    return Response.json(withIsoDates(publish(actor, (await params).candidate, body.note)), { status: 201 });
  });
}
