import type { Metadata } from "next";
import { WebhooksView } from "@/components/webhooks/webhooks-view";
import { serverIntl } from "@/lib/i18n/request";
import { requirePage } from "../../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("webhooks.pageTitle") };
}

// The list and every change go through /api/v1/webhooks, which checks the role again.
export default async function AdminWebhooksPage() {
  await requirePage("webhooks.manage", "/admin/webhooks");
  return <WebhooksView />;
}
