// Messages of the versions namespace; versions.zh-CN.ts must have the same keys.
export const versionsEn = {
  pageTitle: "Versions",
};
