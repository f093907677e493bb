"use client";

import { Fragment, useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { DeliveryLog } from "./delivery-log";
import type { WebhookJson } from "@/lib/api/webhooks";
import { DataTable } from "@/components/ui/data-table";

type Props = { webhooks: WebhookJson[]; busyId: string | null; onToggleActive: (webhook: WebhookJson) => void; onDelete: (webhook: WebhookJson) => void };

/** The webhooks, each with its delivery log opened underneath on demand. */
export function WebhooksTable(props: Props) {
  const t = useTranslations("webhooks.table");
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <DataTable caption={t("caption")} columns={[t("endpoint"), t("status"), t("created")]} actions={t("actions")}>
      {props.webhooks.map((webhook) => (
        <Fragment key={webhook.id}>
          <WebhookRow {...props} webhook={webhook} logOpen={open.has(webhook.id)} onToggleLog={() => toggle(webhook.id)} />
          {open.has(webhook.id) ? (
            <tr id={`log-${webhook.id}`} className="bg-slate-50/70">
              <td colSpan={4} className="px-4 pt-1 pb-4">
                <DeliveryLog webhookId={webhook.id} url={webhook.url} />
              </td>
            </tr>
          ) : null}
        </Fragment>
      ))}
    </DataTable>
  );
}

function WebhookRow({ webhook, busyId, logOpen, onToggleLog, onToggleActive, onDelete }: Omit<Props, "webhooks"> & { webhook: WebhookJson; logOpen: boolean; onToggleLog: () => void }) {
  const t = useTranslations("webhooks.table");
  const format = useFormatter();
  const { url } = webhook;
  return (
    <tr className={webhook.active ? "" : "text-slate-500"}>
      <th scope="row" className="px-4 py-3 text-left align-top font-normal">
        <div className="font-mono text-[13px] break-all text-slate-900">{url}</div>
        <div className="mt-0.5 text-xs text-slate-500">{webhook.description || t("noDescription")}</div>
      </th>
      <td className="px-4 py-3 align-top">
        {webhook.active ? (
          <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-emerald-800">
            <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
            {t("active")}
          </span>
        ) : (
          <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-700">{t("paused")}</span>
        )}
      </td>
      <td className="px-4 py-3 align-top text-slate-600">
        <time dateTime={webhook.createdAt} className="whitespace-nowrap">
          {format.dateTime(new Date(webhook.createdAt), { dateStyle: "medium", timeStyle: "short" })}
        </time>
        <div className="text-xs text-slate-500">{webhook.createdBy}</div>
      </td>
      <td className="px-4 py-3 text-right align-top">
        <div className="flex flex-wrap justify-end gap-1.5">
          <Button size="sm" aria-expanded={logOpen} aria-controls={`log-${webhook.id}`} aria-label={t("deliveriesLabel", { url })} onClick={onToggleLog}>
            <span aria-hidden>{logOpen ? "▾" : "▸"}</span>
            {t("deliveries")}
          </Button>
          <Button size="sm" disabled={busyId === webhook.id} aria-label={t(webhook.active ? "pauseLabel" : "resumeLabel", { url })} onClick={() => onToggleActive(webhook)}>
            {t(webhook.active ? "pause" : "resume")}
          </Button>
          <Button size="sm" variant="danger" aria-label={t("deleteLabel", { url })} onClick={() => onDelete(webhook)}>
            {t("delete")}
          </Button>
        </div>
      </td>
    </tr>
  );
}
