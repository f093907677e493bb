import { submitRequestSchema } from "@/lib/api/review";
import { withIsoDates } from "@/lib/api/access";
import { localeOfRequest } from "@/lib/i18n/locales";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { submitDraft } from "@/lib/server/review/submit";

type Context = { params: Promise<{ script: string }> };

/** Freezes the draft for review: 422 with the findings when lint errors or unacknowledged warnings stand in the way. */
export function POST(request: Request, { params }: Context) {
  return guardedUser(request, "review.submit", async (actor) => {
    const body = parseInput(submitRequestSchema, (await readJson(request, { optional: true })) ?? {});
    const { document: _document, ...candidate } = submitDraft(actor, (await params).script, { acknowledged: body.acknowledged, locale: localeOfRequest(request) });
    return Response.json(withIsoDates(candidate), { status: 201 });
  });
}
