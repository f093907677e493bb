import type { Metadata } from "next";
import { AccountView } from "@/components/auth/account-view";
import { serverIntl } from "@/lib/i18n/request";
import { sessionUserJson } from "@/lib/server/access/json";
import { requirePage } from "../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("auth.account.pageTitle") };
}

export default async function AccountPage() {
  const user = await requirePage("account.manage", "/account");
  return <AccountView user={sessionUserJson(user)} />;
}
