import { setupRequestSchema, type SessionJson } from "@/lib/api/access";
import { sessionUserJson, withCookies } from "@/lib/server/access/json";
import { createFirstAdmin } from "@/lib/server/access/setup";
import { handle, parseInput, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Creates the first admin and signs them in; 409 once anyone exists. */
export function POST(request: Request) {
  return handle(request, async () => {
    const body = parseInput(setupRequestSchema, await readJson(request));
    const { user, cookies } = await createFirstAdmin(body, request.headers);
    return withCookies({ user: sessionUserJson(user), needsSetup: false } satisfies SessionJson, cookies, { status: 201 });
  });
}
