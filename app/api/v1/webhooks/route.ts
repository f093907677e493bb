import { withIsoDates } from "@/lib/api/access";
import { createWebhookRequestSchema } from "@/lib/api/review";
import type { CreatedWebhookJson } from "@/lib/api/webhooks";
import { guardedUser } from "@/lib/server/access/guard";
import { parseInput, readJson } from "@/lib/server/http";
import { createWebhook, webhooksList } from "@/lib/server/webhooks/webhooks";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guardedUser(request, "webhooks.manage", () => Response.json({ webhooks: webhooksList().map(withIsoDates) }));
}

/** Registers an endpoint told of every publish and rollback; the signing secret is returned once. */
export function POST(request: Request) {
  return guardedUser(request, "webhooks.manage", async (actor) => {
    const body = parseInput(createWebhookRequestSchema, await readJson(request));
    const { webhook, secret } = createWebhook(actor, body);
    const created: CreatedWebhookJson = { webhook: withIsoDates(webhook), secret };
    return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
  });
}
