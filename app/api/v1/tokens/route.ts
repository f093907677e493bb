import { createTokenRequestSchema, type CreatedTokenJson } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { tokenJson } from "@/lib/server/access/json";
import { createApiToken, listApiTokens } from "@/lib/server/access/tokens";
import { parseInput, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guardedUser(request, "tokens.manage", () => Response.json({ tokens: listApiTokens().map(tokenJson) }));
}

/** A new read-only token for an agent system; the answer is the only time its value is sent. */
export function POST(request: Request) {
  return guardedUser(request, "tokens.manage", async (actor) => {
    const body = parseInput(createTokenRequestSchema, await readJson(request));
    const { token, record } = createApiToken(actor, body.name);
    return Response.json({ token, record: tokenJson(record) } satisfies CreatedTokenJson, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
}
