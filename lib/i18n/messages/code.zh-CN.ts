import type { Catalogue } from "../catalogue-type";
import type { codeEn } from "./code.en";

export const codeZhCN: Catalogue<typeof codeEn> = {
  placeholder: "—",
};
