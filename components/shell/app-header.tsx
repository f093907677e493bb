"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { useSessionUser } from "./session-context";
import { UserMenu } from "./user-menu";

/** Logo and language for everyone; the pages and the user menu once someone is signed in. */
export function AppHeader() {
  const t = useTranslations();
  const user = useSessionUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link href="/scripts" className="flex shrink-0 items-baseline gap-2 font-semibold text-slate-900">
          <span className="text-lg" lang="zh-CN">话本</span>
          <span className="text-sm font-medium text-slate-500" lang="en">Huaben</span>
        </Link>
        {user ? <MainNav /> : null}
        <div className="ml-auto flex shrink-0 items-center gap-3">
          <LanguageSwitcher />
          {user ? <UserMenu key={user.id} user={user} /> : null}
        </div>
      </div>
    </header>
  );
}
