import type { Catalogue } from "../catalogue-type";
import type { inspectorEn } from "./inspector.en";

export const inspectorZhCN: Catalogue<typeof inspectorEn> = {
  placeholder: "—",
};
