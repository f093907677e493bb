"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { callApi } from "@/lib/api/client";
import { AdminFrame } from "@/components/admin/admin-frame";
import { useErrorText } from "@/components/admin/error-text";
import { LoadFailed, TableSkeleton } from "@/components/admin/page-states";
import { useApiData } from "@/components/admin/use-api-data";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NoticeBar } from "@/components/ui/notice-bar";
import { useNotice } from "@/components/ui/use-notice";
import { CreateWebhookDialog } from "./create-webhook-dialog";
import { DeleteWebhookDialog } from "./delete-webhook-dialog";
import { VerifyNote } from "./verify-note";
import type { WebhookJson } from "@/lib/api/webhooks";
import { WebhooksTable } from "./webhooks-table";

/** /admin/webhooks: endpoints told of publishes and rollbacks, their secrets shown once, their delivery logs. */
export function WebhooksView() {
  const t = useTranslations("webhooks");
  const errorText = useErrorText();
  const { state, retry, update } = useApiData<{ webhooks: WebhookJson[] }>("/api/v1/webhooks");
  const { notice, show, dismiss } = useNotice();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WebhookJson | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  // The server lists the oldest first; a new one goes to the end, a changed one stays in place.
  const put = (hook: WebhookJson) =>
    update(({ webhooks }) => ({ webhooks: webhooks.some((x) => x.id === hook.id) ? webhooks.map((x) => (x.id === hook.id ? hook : x)) : [...webhooks, hook] }));

  async function toggleActive(hook: WebhookJson) {
    setBusyId(hook.id);
    try {
      const changed = await callApi<WebhookJson>(`/api/v1/webhooks/${encodeURIComponent(hook.id)}`, { method: "PATCH", body: { active: !hook.active } });
      put(changed);
      show({ tone: "info", text: t(changed.active ? "resumedNotice" : "pausedNotice", { url: changed.url }) });
    } catch (error) {
      show({ tone: "error", text: errorText(error) });
    } finally {
      setBusyId(null);
    }
  }

  const newWebhook = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      {t("newWebhook")}
    </Button>
  );
  const ready = state.phase === "ready" ? state.data.webhooks : null;
  return (
    <AdminFrame heading={t("heading")} intro={t("intro")} aside={ready ? t("count", { count: ready.length }) : null} action={newWebhook}>
      <NoticeBar notice={notice} onDismiss={dismiss} />
      {state.phase === "loading" ? <TableSkeleton label={t("loading")} rows={2} /> : null}
      {state.phase === "failed" ? <LoadFailed message={state.message} onRetry={retry} /> : null}
      {ready && ready.length === 0 ? <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={newWebhook} /> : null}
      {ready && ready.length > 0 ? <WebhooksTable webhooks={ready} busyId={busyId} onToggleActive={(hook) => void toggleActive(hook)} onDelete={setDeleting} /> : null}

      <details className="mt-6 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("verify.heading")}</summary>
        <div className="mt-3">
          <VerifyNote />
        </div>
      </details>

      <CreateWebhookDialog open={creating} onClose={() => setCreating(false)} onCreated={put} />
      <DeleteWebhookDialog
        webhook={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(hook) => {
          update(({ webhooks }) => ({ webhooks: webhooks.filter((x) => x.id !== hook.id) }));
          setDeleting(null);
          show({ tone: "info", text: t("deletedNotice", { url: hook.url }) });
        }}
      />
    </AdminFrame>
  );
}
