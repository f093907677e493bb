import "server-only";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { Db } from "./client";
import { webhookDeliveries, webhooks } from "./schema";

export type WebhookRecord = typeof webhooks.$inferSelect;
export type DeliveryRecord = typeof webhookDeliveries.$inferSelect;

export function insertWebhook(db: Db, hook: WebhookRecord): void {
  db.insert(webhooks).values(hook).run();
}

export function listWebhooks(db: Db): WebhookRecord[] {
  return db.select().from(webhooks).orderBy(asc(webhooks.createdAt)).all();
}

export function findWebhook(db: Db, id: string): WebhookRecord | undefined {
  return db.select().from(webhooks).where(eq(webhooks.id, id)).get();
}

export function updateWebhook(db: Db, id: string, change: Partial<Pick<WebhookRecord, "url" | "description" | "active">>): void {
  db.update(webhooks).set(change).where(eq(webhooks.id, id)).run();
}

export function deleteWebhook(db: Db, id: string): boolean {
  return db.delete(webhooks).where(eq(webhooks.id, id)).run().changes > 0;
}

export function insertDelivery(db: Db, delivery: DeliveryRecord): void {
  db.insert(webhookDeliveries).values(delivery).run();
}

/** Pending deliveries due by `now`, oldest first. */
export function dueDeliveries(db: Db, now: Date, limit = 20): DeliveryRecord[] {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit)
    .all();
}

/** When the next pending delivery is due, if any. */
export function nextDueAt(db: Db): Date | null {
  return (
    db
      .select({ at: webhookDeliveries.nextAttemptAt })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.status, "pending"))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(1)
      .get()?.at ?? null
  );
}

export function updateDelivery(db: Db, id: string, change: Partial<DeliveryRecord>): void {
  db.update(webhookDeliveries).set(change).where(eq(webhookDeliveries.id, id)).run();
}

export function listDeliveries(db: Db, webhookId: string, limit = 100): DeliveryRecord[] {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).orderBy(desc(webhookDeliveries.createdAt)).limit(limit).all();
}
