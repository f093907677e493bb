import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { UserPrincipal } from "../../access/principal";
import { principalLabel } from "../../access/principal";
import { getDb } from "../../db/client";
import { deleteWebhook, findWebhook, insertWebhook, listDeliveries, listWebhooks, updateWebhook, type DeliveryRecord, type WebhookRecord } from "../../db/webhooks-repo";
import { AppError } from "../errors";
import { audited } from "../access/audit";

/** A webhook as listed: the secret is never shown again after creation. */
export type WebhookView = Omit<WebhookRecord, "secret">;

const view = ({ secret: _secret, ...rest }: WebhookRecord): WebhookView => rest;

export function webhooksList(): WebhookView[] {
  return listWebhooks(getDb()).map(view);
}

/** Registers an endpoint; the signing secret is returned this once. */
export function createWebhook(actor: UserPrincipal, input: { url: string; description: string }): { webhook: WebhookView; secret: string } {
  const hook: WebhookRecord = {
    id: randomUUID(),
    url: input.url,
    secret: `whsec_${randomBytes(32).toString("base64url")}`,
    description: input.description,
    active: true,
    createdBy: principalLabel(actor),
    createdAt: new Date(),
  };
  audited(actor, "webhook.create", () => insertWebhook(getDb(), hook), () => ({ target: hook.url }));
  return { webhook: view(hook), secret: hook.secret };
}

export function changeWebhook(actor: UserPrincipal, id: string, change: { url?: string; description?: string; active?: boolean }): WebhookView {
  const db = getDb();
  const hook = findWebhook(db, id);
  if (!hook) throw new AppError("webhook-not-found");
  audited(actor, "webhook.update", () => updateWebhook(db, id, change), () => ({ target: change.url ?? hook.url, details: { ...change } }));
  return view(findWebhook(db, id)!);
}

export function removeWebhook(actor: UserPrincipal, id: string): void {
  const db = getDb();
  const hook = findWebhook(db, id);
  if (!hook) throw new AppError("webhook-not-found");
  audited(actor, "webhook.delete", () => deleteWebhook(db, id), () => ({ target: hook.url }));
}

export function deliveriesOf(id: string): DeliveryRecord[] {
  const db = getDb();
  if (!findWebhook(db, id)) throw new AppError("webhook-not-found");
  return listDeliveries(db, id);
}
