import type { Metadata } from "next";
import { AuditView } from "@/components/admin/audit-view";
import { auditPageHref, readAuditFilters } from "@/lib/access/audit-filters";
import { serverIntl } from "@/lib/i18n/request";
import { requirePage } from "../../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("admin.audit.pageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The filters live in the URL so a view of the log can be linked; the entries come from
// /api/v1/audit in the browser, which turns the days into the reader's local day bounds.
export default async function AdminAuditPage({ searchParams }: Props) {
  const filters = readAuditFilters(await searchParams);
  await requirePage("audit.read", auditPageHref(filters));
  return <AuditView filters={filters} />;
}
