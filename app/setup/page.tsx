import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { serverIntl } from "@/lib/i18n/request";
import { needsSetup } from "@/lib/server/access/setup";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("auth.setup.pageTitle") };
}

// Open only until the first user exists. Afterwards it hands over to the sign-in page, which in
// turn sends someone already signed in on to the scripts.
export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  const { t } = await serverIntl();
  return (
    <AuthCard tagline={t("app.tagline")} heading={t("auth.setup.heading")} intro={t("auth.setup.intro")} note={t("auth.setup.once")}>
      <SetupForm />
    </AuthCard>
  );
}
