import { withIsoDates } from "@/lib/api/access";
import { moveLiveRequestSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { moveLive } from "@/lib/server/versions/versions";

type Context = { params: Promise<{ script: string }> };

/** Moves the live pointer (a rollback to an earlier version); webhooks are told. */
export function PUT(request: Request, { params }: Context) {
  return guardedUser(request, "versions.rollback", async (actor) => {
    const body = parseInput(moveLiveRequestSchema, await readJson(request));
    return Response.json(withIsoDates(moveLive(actor, (await params).script, body.version)));
  });
}
