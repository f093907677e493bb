import { updateUserRequestSchema } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { userJson } from "@/lib/server/access/json";
import { updateUser } from "@/lib/server/access/users";
import { parseInput, readJson } from "@/lib/server/http";

type Context = { params: Promise<{ user: string }> };

/** Rename, set roles, deactivate (`active: false`, their sessions end) or reactivate. */
export function PATCH(request: Request, { params }: Context) {
  return guardedUser(request, "users.manage", async (actor) => {
    const body = parseInput(updateUserRequestSchema, await readJson(request));
    return Response.json(userJson(updateUser(actor, (await params).user, body)));
  });
}
