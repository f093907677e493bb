import type { Metadata } from "next";
import Link from "next/link";
import { serverIntl } from "@/lib/i18n/request";
import { pageUser } from "./_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("auth.forbidden.pageTitle") };
}

// Shown by `forbidden()` (app/_access/page-guard.ts) when the signed-in user's roles do not allow
// the page: it says who they are signed in as, so a wrong account is easy to spot.
export default async function Forbidden() {
  const { t, format } = await serverIntl();
  const user = await pageUser();
  const roles = user ? format.list(user.roles.map((role) => t(`auth.roles.${role}`)), { type: "conjunction" }) : "";
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-slate-400">403</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("auth.forbidden.heading")}</h1>
      {user ? <p className="mt-3 text-slate-700">{t("auth.forbidden.roles", { name: user.name, roles })}</p> : null}
      <p className="mt-2 text-slate-600">{t("auth.forbidden.body")}</p>
      <Link href="/scripts" className="mt-6 inline-block text-blue-700 hover:underline">
        {t("auth.forbidden.back")}
      </Link>
    </div>
  );
}
