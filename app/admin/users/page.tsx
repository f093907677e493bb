import type { Metadata } from "next";
import { UsersView } from "@/components/admin/users-view";
import { serverIntl } from "@/lib/i18n/request";
import { requirePage } from "../../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("admin.users.pageTitle") };
}

// The list and every change go through /api/v1/users, which checks the role again.
export default async function AdminUsersPage() {
  await requirePage("users.manage", "/admin/users");
  return <UsersView />;
}
