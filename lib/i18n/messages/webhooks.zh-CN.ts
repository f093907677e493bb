import type { Catalogue } from "../catalogue-type";
import type { webhooksEn } from "./webhooks.en";

export const webhooksZhCN: Catalogue<typeof webhooksEn> = {
  pageTitle: "Webhook",
};
