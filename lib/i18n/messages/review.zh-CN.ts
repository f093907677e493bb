import type { Catalogue } from "../catalogue-type";
import type { reviewEn } from "./review.en";

export const reviewZhCN: Catalogue<typeof reviewEn> = {
  pageTitle: "文案审核",
};
