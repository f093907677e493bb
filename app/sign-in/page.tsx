import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnTo } from "@/lib/access/return-to";
import { serverIntl } from "@/lib/i18n/request";
import { needsSetup } from "@/lib/server/access/setup";
import { pageUser } from "../_access/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("auth.pageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeReturnTo((await searchParams).next);
  // Someone already signed in goes on where they were heading; before the first admin exists
  // there is nobody to sign in as.
  if (await pageUser()) redirect(next);
  if (await needsSetup()) redirect("/setup");
  const { t } = await serverIntl();
  return (
    <AuthCard tagline={t("app.tagline")} heading={t("auth.signIn.heading")} intro={t("auth.signIn.intro")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}
