"use client";

import { useFormatter, useTranslations } from "use-intl";
import type { WebhookPayload } from "@/lib/publish/webhook";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useDeliveries } from "./use-deliveries";
import type { DeliveryJson, DeliveryStatus } from "@/lib/api/webhooks";

const TH = "px-3 py-1.5 font-medium whitespace-nowrap";
const BADGE: Record<DeliveryStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  delivered: "bg-emerald-100 text-emerald-800",
  failed: "bg-red-100 text-red-800",
};

/** What was sent to one webhook and how each delivery went, newest first. */
export function DeliveryLog({ webhookId, url }: { webhookId: string; url: string }) {
  const t = useTranslations("webhooks.log");
  const network = useTranslations("errors")("network");
  const heading = useTranslations("webhooks.table")("deliveries");
  const { state, refresh } = useDeliveries(webhookId);
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between gap-3">
        <h3 className="text-xs font-semibold text-slate-700">{heading}</h3>
        <Button size="sm" onClick={refresh}>
          {t("refresh")}
        </Button>
      </div>
      {state.phase === "loading" ? <Spinner label={t("loading")} /> : null}
      {state.phase === "failed" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message ?? network}
        </p>
      ) : null}
      {state.phase === "ready" && state.deliveries.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      {state.phase === "ready" && state.deliveries.length > 0 ? (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { url })}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
              <tr>
                <th scope="col" className={TH}>{t("event")}</th>
                <th scope="col" className={TH}>{t("status")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("attempts")}</th>
                <th scope="col" className={TH}>{t("response")}</th>
                <th scope="col" className={TH}>{t("created")}</th>
                <th scope="col" className={TH}>{t("outcome")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {state.deliveries.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function DeliveryRow({ delivery }: { delivery: DeliveryJson }) {
  const t = useTranslations("webhooks.log");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium" });
  const payload = parsePayload(delivery.payload);
  const answer = delivery.lastStatusCode !== null ? t("httpStatus", { code: delivery.lastStatusCode }) : null;
  return (
    <tr className="align-top" data-delivery={delivery.id}>
      <td className="px-3 py-2">
        <div className="font-medium text-slate-900">{t(`events.${delivery.event}`)}</div>
        {payload ? <div className="text-xs text-slate-500">{t("versionOf", { title: payload.script.title, version: payload.version })}</div> : null}
        <details className="mt-1 text-xs">
          <summary className="cursor-pointer text-blue-700">{t("payload")}</summary>
          <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-50 p-2 font-mono text-[11px] text-slate-700">{payload ? JSON.stringify(payload, null, 2) : delivery.payload}</pre>
        </details>
      </td>
      <td className="px-3 py-2">
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${BADGE[delivery.status]}`}>{t(`statuses.${delivery.status}`)}</span>
      </td>
      <td className="px-3 py-2 text-right tabular-nums">{delivery.attempts}</td>
      <td className="px-3 py-2 text-slate-700">
        {answer ? <div className="font-mono text-xs whitespace-nowrap">{answer}</div> : null}
        {delivery.lastError ? <div className="max-w-xs text-xs break-words text-red-700">{delivery.lastError}</div> : null}
        {!answer && !delivery.lastError ? <span className="text-xs text-slate-400">{t("noResponse")}</span> : null}
      </td>
      <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600">
        <time dateTime={delivery.createdAt}>{when(delivery.createdAt)}</time>
      </td>
      <td className="px-3 py-2 text-xs text-slate-600">
        {delivery.deliveredAt ? <span className="whitespace-nowrap">{t("deliveredAt", { when: when(delivery.deliveredAt) })}</span> : null}
        {delivery.status === "pending" && delivery.nextAttemptAt ? <span className="whitespace-nowrap text-amber-800">{t("nextAttempt", { when: when(delivery.nextAttemptAt) })}</span> : null}
        {delivery.status === "failed" ? <span className="text-red-700">{t("gaveUp")}</span> : null}
      </td>
    </tr>
  );
}

/** The body as sent; shown raw if it is somehow not the payload the server writes. */
function parsePayload(text: string): WebhookPayload | null {
  try {
    const value = JSON.parse(text) as WebhookPayload;
    return value && typeof value === "object" && value.script ? value : null;
  } catch {
    return null;
  }
}
