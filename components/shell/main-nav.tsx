"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { useCan } from "./session-context";

type Item = { href: string; label: string; current: (pathname: string) => boolean; shown: boolean };

const under = (prefix: string) => (pathname: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The signed-in user's pages; the admin pages only for the roles that may open them. */
export function MainNav() {
  const t = useTranslations();
  const pathname = usePathname();
  const items: Item[] = [
    { href: "/scripts", label: t("nav.scripts"), current: (p) => p === "/" || under("/scripts")(p), shown: true },
    { href: "/rules", label: t("lintRules.nav"), current: under("/rules"), shown: true },
    { href: "/reviews", label: t("review.nav"), current: under("/reviews"), shown: true },
    { href: "/admin/users", label: t("auth.nav.users"), current: under("/admin/users"), shown: useCan("users.manage") },
    { href: "/admin/tokens", label: t("auth.nav.tokens"), current: under("/admin/tokens"), shown: useCan("tokens.manage") },
    { href: "/admin/audit", label: t("auth.nav.audit"), current: under("/admin/audit"), shown: useCan("audit.read") },
    { href: "/admin/webhooks", label: t("webhooks.nav"), current: under("/admin/webhooks"), shown: useCan("webhooks.manage") },
  ];
  return (
    <nav aria-label={t("app.mainNav")} className="flex min-w-0 gap-1 overflow-x-auto text-sm">
      {items
        .filter((item) => item.shown)
        .map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={item.current(pathname) ? "page" : undefined}
            className="rounded px-3 py-1.5 whitespace-nowrap text-slate-600 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900"
          >
            {item.label}
          </Link>
        ))}
    </nav>
  );
}
