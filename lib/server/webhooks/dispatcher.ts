import "server-only";
import { createHmac } from "node:crypto";
import { getDb } from "../../db/client";
import { dueDeliveries, findWebhook, nextDueAt, updateDelivery, type DeliveryRecord } from "../../db/webhooks-repo";
import { DELIVERY_HEADER, EVENT_HEADER, MAX_ATTEMPTS, retryDelayMs, SIGNATURE_HEADER, signedContent, TIMESTAMP_HEADER } from "../../publish/webhook";

// Sends queued webhook deliveries: one timer per process, set for the next due delivery, so
// retries survive nothing but a restart — and a restart resumes them (instrumentation.ts).

const TIMEOUT_MS = 10_000;

const state = globalThis as typeof globalThis & { __huabenWebhooks?: { timer: NodeJS.Timeout | null; running: Promise<void> | null } };
const dispatcher = (state.__huabenWebhooks ??= { timer: null, running: null });

function backoffBase(): number {
  const configured = Number(process.env.HUABEN_WEBHOOK_BACKOFF_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10_000;
}

/** Sends everything due now, then sleeps until the next delivery is due. */
export function wakeDispatcher(): Promise<void> {
  if (dispatcher.running) return dispatcher.running;
  if (dispatcher.timer) clearTimeout(dispatcher.timer);
  dispatcher.timer = null;
  dispatcher.running = drain().finally(() => {
    dispatcher.running = null;
    schedule();
  });
  return dispatcher.running;
}

async function drain(): Promise<void> {
  for (;;) {
    const due = dueDeliveries(getDb(), new Date());
    if (due.length === 0) return;
    await Promise.all(due.map(deliver));
  }
}

function schedule(): void {
  const next = nextDueAt(getDb());
  if (!next) return;
  const wait = Math.max(0, next.getTime() - Date.now());
  dispatcher.timer = setTimeout(() => void wakeDispatcher(), wait);
  dispatcher.timer.unref?.();
}

async function deliver(delivery: DeliveryRecord): Promise<void> {
  const db = getDb();
  const hook = findWebhook(db, delivery.webhookId);
  const attempts = delivery.attempts + 1;
  if (!hook || !hook.active) {
    updateDelivery(db, delivery.id, { status: "failed", attempts, lastError: "webhook removed or inactive", nextAttemptAt: null });
    return;
  }
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", hook.secret).update(signedContent(timestamp, delivery.payload)).digest("hex");
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(hook.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Huaben-Webhook/1",
        [SIGNATURE_HEADER]: `sha256=${signature}`,
        [TIMESTAMP_HEADER]: timestamp,
        [EVENT_HEADER]: delivery.event,
        [DELIVERY_HEADER]: delivery.id,
      },
      body: delivery.payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "manual",
    });
    statusCode = response.status;
    await response.body?.cancel();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
  if (ok) {
    updateDelivery(db, delivery.id, { status: "delivered", attempts, lastStatusCode: statusCode, lastError: null, deliveredAt: new Date(), nextAttemptAt: null });
  } else if (attempts >= MAX_ATTEMPTS) {
    updateDelivery(db, delivery.id, { status: "failed", attempts, lastStatusCode: statusCode, lastError: error, nextAttemptAt: null });
  } else {
    const next = new Date(Date.now() + retryDelayMs(attempts, backoffBase()));
    updateDelivery(db, delivery.id, { attempts, lastStatusCode: statusCode, lastError: error, nextAttemptAt: next });
  }
}
