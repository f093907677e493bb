import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { AppHeader } from "@/components/shell/app-header";
import { AppIntlProvider } from "@/components/shell/intl-provider";
import { SessionProvider } from "@/components/shell/session-context";
import { sessionUserJson } from "@/lib/server/access/json";
import { pageUser } from "./_access/page-guard";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { serverIntl } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  const name = `${t("app.name")} ${t("app.nativeName")}`;
  return { title: { template: `%s · ${name}`, default: name }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, timeZone } = await serverIntl();
  const user = await pageUser();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <AppIntlProvider locale={locale} timeZone={timeZone} messages={CATALOGUES[locale]}>
          <SessionProvider user={user && sessionUserJson(user)}>
            <AppHeader />
            <main id="main">{children}</main>
          </SessionProvider>
        </AppIntlProvider>
      </body>
    </html>
  );
}
