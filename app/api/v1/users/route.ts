import { createUserRequestSchema, type UserWithPasswordJson } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { userJson } from "@/lib/server/access/json";
import { createUser, listUsers } from "@/lib/server/access/users";
import { parseInput, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guardedUser(request, "users.manage", () => Response.json({ users: listUsers().map(userJson) }));
}

/** Creates a user; without a password in the request, a temporary one is made and returned once. */
export function POST(request: Request) {
  return guardedUser(request, "users.manage", async (actor) => {
    const body = parseInput(createUserRequestSchema, await readJson(request));
    const { user, password } = await createUser(actor, body);
    const answer: UserWithPasswordJson = { user: userJson(user), ...(body.password ? {} : { temporaryPassword: password }) };
    return Response.json(answer, { status: 201 });
  });
}
