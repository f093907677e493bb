import { withIsoDates } from "@/lib/api/access";
import { decisionRequestSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { decide } from "@/lib/server/review/decide";

type Context = { params: Promise<{ candidate: string }> };

/** Four eyes: 403 for the candidate's own author; 409 unless it is pending. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "review.decide", async (actor) => {
    const body = parseInput(decisionRequestSchema, (await readJson(request, { optional: true })) ?? {});
    const { document: _document, ...candidate } = decide(actor, (await params).candidate, "request-changes", body.note ?? null);
    return Response.json(withIsoDates(candidate));
  });
}
