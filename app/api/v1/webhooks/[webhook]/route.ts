import { withIsoDates } from "@/lib/api/access";
import { updateWebhookRequestSchema } from "@/lib/api/review";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { changeWebhook, removeWebhook } from "@/lib/server/webhooks/webhooks";

type Context = { params: Promise<{ webhook: string }> };

export function PATCH(request: Request, { params }: Context) {
  return guardedUser(request, "webhooks.manage", async (actor) => {
    const body = parseInput(updateWebhookRequestSchema, await readJson(request));
    return Response.json(withIsoDates(changeWebhook(actor, (await params).webhook, body)));
  });
}

export function DELETE(request: Request, { params }: Context) {
  return guardedUser(request, "webhooks.manage", async (actor) => {
    removeWebhook(actor, (await params).webhook);
    return new Response(null, { status: 204 });
  });
}
