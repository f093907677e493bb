import { resetPasswordRequestSchema, type UserWithPasswordJson } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { userJson } from "@/lib/server/access/json";
import { resetPassword } from "@/lib/server/access/password";
import { listUsers } from "@/lib/server/access/users";
import { parseInput, readJson } from "@/lib/server/http";

type Context = { params: Promise<{ user: string }> };

/** An admin sets a user's password, or has a temporary one made (returned once); their sessions end. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "users.manage", async (actor) => {
    const { user: id } = await params;
    const body = parseInput(resetPasswordRequestSchema, (await readJson(request, { optional: true })) ?? {});
    const password = await resetPassword(actor, id, body.password);
    const user = listUsers().find((u) => u.id === id)!;
    const answer: UserWithPasswordJson = { user: userJson(user), ...(body.password ? {} : { temporaryPassword: password }) };
    return Response.json(answer);
  });
}
