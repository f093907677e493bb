"use client";

import type { ReactNode } from "react";
import { IntlProvider } from "use-intl";
import type { Messages } from "@/lib/i18n/catalogues";
import type { UiLocale } from "@/lib/i18n/locales";

/** Hands the server's choice of language and time zone to every client component. */
export function AppIntlProvider(props: { locale: UiLocale; messages: Messages; timeZone: string; children: ReactNode }) {
  return (
    <IntlProvider locale={props.locale} messages={props.messages} timeZone={props.timeZone}>
      {props.children}
    </IntlProvider>
  );
}
