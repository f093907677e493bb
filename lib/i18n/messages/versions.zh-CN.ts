import type { Catalogue } from "../catalogue-type";
import type { versionsEn } from "./versions.en";

export const versionsZhCN: Catalogue<typeof versionsEn> = {
  pageTitle: "版本",
};
