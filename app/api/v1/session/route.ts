import { signInRequestSchema, type SessionJson } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { sessionUserJson, withCookies } from "@/lib/server/access/json";
import { principalOf } from "@/lib/server/access/principal";
import { needsSetup } from "@/lib/server/access/setup";
import { signIn, signOut } from "@/lib/server/access/sign-in";
import { handle, parseInput, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Who is signed in (null for nobody), and whether the first admin is still to be created. */
export function GET(request: Request) {
  return handle(request, async () => {
    const principal = await principalOf(request.headers);
    const user = principal?.kind === "user" ? sessionUserJson(principal) : null;
    return Response.json({ user, needsSetup: await needsSetup() } satisfies SessionJson);
  });
}

/** Signs in: 401 for a wrong email or password, 403 when deactivated, 429 after too many failures. */
export function POST(request: Request) {
  return handle(request, async () => {
    const body = parseInput(signInRequestSchema, await readJson(request));
    const { user, cookies } = await signIn(body, request.headers);
    return withCookies({ user: sessionUserJson(user), needsSetup: false } satisfies SessionJson, cookies);
  });
}

export function DELETE(request: Request) {
  return guardedUser(request, "account.manage", async (actor) => withCookies(null, await signOut(actor, request.headers), { status: 200 }));
}
