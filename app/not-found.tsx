import type { Metadata } from "next";
import Link from "next/link";
import { serverIntl } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("notFound.pageTitle") };
}

export default async function NotFound() {
  const { t } = await serverIntl();
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.heading")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound.body")}</p>
      <Link href="/scripts" className="mt-6 inline-block text-blue-700 hover:underline">
        {t("notFound.back")}
      </Link>
    </div>
  );
}
