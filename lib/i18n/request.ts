import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, DEFAULT_TIME_ZONE, isTimeZone, negotiateLocale, type UiLocale } from "./locales";
import { formatter, translator } from "./translator";

// The only file in lib/i18n that knows about Next: it reads the user's choice from the request.

export async function requestLocale(): Promise<UiLocale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
}

export async function requestTimeZone(): Promise<string> {
  const zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** Translator, formatter and locale for a server component. */
export async function serverIntl() {
  const [locale, timeZone] = await Promise.all([requestLocale(), requestTimeZone()]);
  return { locale, timeZone, t: translator(locale), format: formatter(locale, timeZone) };
}
