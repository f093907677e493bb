import type { Metadata } from "next";
import { ReviewQueue, type QueueItem } from "@/components/review/review-queue";
import { withIsoDates } from "@/lib/api/access";
import { serverIntl } from "@/lib/i18n/request";
import { reviewQueue } from "@/lib/server/review/queries";
import { requirePage } from "../_access/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("review.queue.pageTitle") };
}

/** The approvers' queue: pending candidates, oldest first, with the title of their script. */
export default async function ReviewsPage() {
  await requirePage("scripts.read", "/reviews");
  const items: QueueItem[] = reviewQueue().map(({ title, locale, ...candidate }) => ({ candidate: withIsoDates(candidate), title, locale }));
  return <ReviewQueue items={items} />;
}
