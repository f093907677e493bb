"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { useLocale, useTranslations } from "use-intl";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";

const YEAR = 60 * 60 * 24 * 365;

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${YEAR}; samesite=lax`;
}

/** Always visible; the choice is kept in a cookie so every page and API answer follows it. */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  // Dates are shown in the reader's own time zone from the next page on.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.includes(`${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}`)) setCookie(TIME_ZONE_COOKIE, zone);
  }, []);

  function choose(locale: UiLocale) {
    if (locale === current) return;
    setCookie(LOCALE_COOKIE, locale);
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={t("label")} className="flex items-center rounded-md border border-slate-300 bg-white p-0.5 text-sm" aria-busy={pending}>
      {UI_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
          className="rounded px-2.5 py-1 text-slate-600 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
