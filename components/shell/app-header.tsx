"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { LanguageSwitcher } from "./language-switcher";

export function AppHeader() {
  const t = useTranslations();
  const pathname = usePathname();
  const inScripts = pathname === "/" || pathname.startsWith("/scripts");
  const inRules = pathname === "/rules" || pathname.startsWith("/rules/");
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link href="/scripts" className="flex items-baseline gap-2 font-semibold text-slate-900">
          <span className="text-lg" lang="zh-CN">话本</span>
          <span className="text-sm font-medium text-slate-500" lang="en">Huaben</span>
        </Link>
        <nav aria-label={t("app.mainNav")} className="flex gap-1 text-sm">
          <Link
            href="/scripts"
            aria-current={inScripts ? "page" : undefined}
            className="rounded px-3 py-1.5 text-slate-600 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900"
          >
            {t("nav.scripts")}
          </Link>
          <Link
            href="/rules"
            aria-current={inRules ? "page" : undefined}
            className="rounded px-3 py-1.5 text-slate-600 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900"
          >
            {t("lintRules.nav")}
          </Link>
        </nav>
        <div className="ml-auto">
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
