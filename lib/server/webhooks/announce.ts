import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../../db/client";
import { findScript } from "../../db/scripts-repo";
import { insertDelivery, listWebhooks } from "../../db/webhooks-repo";
import type { WebhookEvent, WebhookPayload } from "../../publish/webhook";
import type { VersionSummary } from "../../review/records";
import { wakeDispatcher } from "./dispatcher";

/**
 * Queues a delivery of the event to every active webhook. Called inside the publishing
 * transaction, so a rolled-back publish announces nothing; sending starts after it commits.
 */
export function announce(event: WebhookEvent, version: VersionSummary, title: string): void {
  const db = getDb();
  const hooks = listWebhooks(db).filter((h) => h.active);
  if (hooks.length === 0) return;
  const script = findScript(db, version.scriptId)!;
  const path = `/api/v1/published/${encodeURIComponent(script.slug)}/versions/${version.version}`;
  const base = process.env.HUABEN_URL?.replace(/\/+$/, "");
  const payload: WebhookPayload = {
    event,
    script: { id: script.id, slug: script.slug, title },
    version: version.version,
    contentHash: version.contentHash,
    url: base ? `${base}${path}` : path,
    at: new Date().toISOString(),
  };
  const now = new Date();
  for (const hook of hooks) {
    insertDelivery(db, {
      id: randomUUID(),
      webhookId: hook.id,
      event,
      payload: JSON.stringify(payload),
      status: "pending",
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      createdAt: now,
      nextAttemptAt: now,
      deliveredAt: null,
    });
  }
  // After the surrounding transaction has committed.
  queueMicrotask(() => setTimeout(wakeDispatcher, 0));
}
