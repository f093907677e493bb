import { changePasswordRequestSchema } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { withCookies } from "@/lib/server/access/json";
import { changeOwnPassword } from "@/lib/server/access/password";
import { parseInput, readJson } from "@/lib/server/http";

/** Changes one's own password; other sessions end, this one is renewed (a new cookie). */
export function PUT(request: Request) {
  return guardedUser(request, "account.manage", async (actor) => {
    const body = parseInput(changePasswordRequestSchema, await readJson(request));
    return withCookies({ ok: true }, await changeOwnPassword(actor, body, request.headers));
  });
}
