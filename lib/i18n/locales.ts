import { LOCALES, type Locale } from "../script/enums";

export const UI_LOCALES = LOCALES;
export type UiLocale = Locale;
export const DEFAULT_LOCALE: UiLocale = "zh-CN";
export const LOCALE_COOKIE = "HUABEN_LOCALE";
export const TIME_ZONE_COOKIE = "HUABEN_TZ";
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

/**
 * The language to answer in: the one the user picked (cookie) wins; otherwise the first
 * Accept-Language entry we speak, by weight; otherwise Chinese, the language most users write.
 */
export function negotiateLocale(picked: string | undefined, acceptLanguage: string | null | undefined): UiLocale {
  if (isUiLocale(picked)) return picked;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return DEFAULT_LOCALE;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The locale of an API request, from its Cookie and Accept-Language headers. */
export function localeOfRequest(request: Request): UiLocale {
  const cookie = request.headers.get("cookie") ?? "";
  const picked = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return negotiateLocale(picked ? decodeURIComponent(picked) : undefined, request.headers.get("accept-language"));
}
