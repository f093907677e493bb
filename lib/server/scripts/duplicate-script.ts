import "server-only";
import { randomUUID } from "node:crypto";
import type { ScriptRecord } from "../../library/records";
import type { UiLocale } from "../../i18n/locales";
import { translator } from "../../i18n/translator";
import { getScript } from "./get-script";
import { store } from "./create-script";
import type { Principal } from "../../access/principal";

const TITLE_MAX = 120;

/** A copy of the current draft under a new id and name; the original is untouched. */
export function duplicateScript(actor: Principal, idOrSlug: string, options: { title?: string; locale: UiLocale }): ScriptRecord {
  const source = getScript(idOrSlug);
  const title = options.title ?? copyTitle(source.title, options.locale);
  return store(actor, "script.duplicate", { ...source.document, id: randomUUID(), title }, { source: source.id });
}

function copyTitle(title: string, locale: UiLocale): string {
  const t = translator(locale);
  const full = t("library.copyTitle", { title });
  if (full.length <= TITLE_MAX) return full;
  const room = TITLE_MAX - (full.length - title.length) - 1;
  return t("library.copyTitle", { title: `${title.slice(0, room)}…` });
}
