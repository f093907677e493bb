import type { Catalogue } from "../catalogue-type";
import type { settingsEn } from "./settings.en";

export const settingsZhCN: Catalogue<typeof settingsEn> = {
  placeholder: "—",
};
