import type { Catalogue } from "./catalogue-type";
import type { UiLocale } from "./locales";
import { en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";

export type Messages = Catalogue<typeof en>;

export const CATALOGUES: Record<UiLocale, Messages> = { "zh-CN": zhCN, en };
