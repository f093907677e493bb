// Messages of the webhooks namespace; webhooks.zh-CN.ts must have the same keys.
export const webhooksEn = {
  pageTitle: "Webhooks",
};
