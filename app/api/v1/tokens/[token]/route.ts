import { guardedUser } from "@/lib/server/access/guard";
import { tokenJson } from "@/lib/server/access/json";
import { revokeApiToken } from "@/lib/server/access/tokens";

type Context = { params: Promise<{ token: string }> };

/** Revokes a token at once; it stays listed with who revoked it and when. */
export function DELETE(request: Request, { params }: Context) {
  return guardedUser(request, "tokens.manage", async (actor) => Response.json(tokenJson(revokeApiToken(actor, (await params).token))));
}
