// What a webhook receives and when a failed delivery is tried again. Pure: the server signs,
// sends and stores.

export type WebhookEvent = "publish" | "rollback";

export type WebhookPayload = {
  event: WebhookEvent;
  script: { id: string; slug: string; title: string };
  version: number;
  contentHash: string;
  /** Where agent systems fetch this version (absolute when the app knows its address). */
  url: string;
  at: string;
};

/** Attempts in all, the first included. */
export const MAX_ATTEMPTS = 6;

/** Delay before attempt `attempt + 1` after `attempt` failures: 10 s, 30 s, 90 s… doubling thrice. */
export function retryDelayMs(attempt: number, baseMs = 10_000): number {
  return baseMs * 3 ** Math.max(0, attempt - 1);
}

/** The header value that signs a body: HMAC-SHA256 over "<timestamp>.<body>" (hex). */
export const SIGNATURE_HEADER = "X-Huaben-Signature";
export const TIMESTAMP_HEADER = "X-Huaben-Timestamp";
export const EVENT_HEADER = "X-Huaben-Event";
export const DELIVERY_HEADER = "X-Huaben-Delivery";

export function signedContent(timestamp: string, body: string): string {
  return `${timestamp}.${body}`;
}
