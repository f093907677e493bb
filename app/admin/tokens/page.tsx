import type { Metadata } from "next";
import { TokensView } from "@/components/admin/tokens-view";
import { serverIntl } from "@/lib/i18n/request";
import { requirePage } from "../../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("admin.tokens.pageTitle") };
}

// The list and every change go through /api/v1/tokens, which checks the role again.
export default async function AdminTokensPage() {
  await requirePage("tokens.manage", "/admin/tokens");
  return <TokensView />;
}
