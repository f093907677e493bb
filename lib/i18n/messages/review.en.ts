// Messages of the review namespace; review.zh-CN.ts must have the same keys.
export const reviewEn = {
  pageTitle: "Copy review",
};
