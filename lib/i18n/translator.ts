import { createFormatter, createTranslator } from "use-intl/core";
import { CATALOGUES } from "./catalogues";
import { DEFAULT_TIME_ZONE, type UiLocale } from "./locales";

/** A translator outside React (server components, route handlers, the command line). */
export function translator(locale: UiLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}

export function formatter(locale: UiLocale, timeZone: string = DEFAULT_TIME_ZONE) {
  return createFormatter({ locale, timeZone });
}

export type Translate = ReturnType<typeof translator>;
