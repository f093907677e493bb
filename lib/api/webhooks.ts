import type { WebhookEvent } from "../publish/webhook";

// What /api/v1/webhooks answers (lib/server/webhooks/webhooks.ts and lib/db/webhooks-repo.ts,
// dates as ISO text); the request schemas are in lib/api/review.ts.

export type WebhookJson = { id: string; url: string; description: string; active: boolean; createdBy: string; createdAt: string };
export type CreatedWebhookJson = { webhook: WebhookJson; secret: string };

export type DeliveryStatus = "pending" | "delivered" | "failed";
export type DeliveryJson = {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** The JSON body as sent (lib/publish/webhook.ts WebhookPayload), as text. */
  payload: string;
};
