import type { Metadata } from "next";
import { ReviewQueue, type QueueItem } from "@/components/review/review-queue";
import { withIsoDates } from "@/lib/api/access";
import { serverIntl } from "@/lib/i18n/request";
import { reviewQueue } from "@/lib/server/review/queries";
import { findScriptOrNull } from "@/lib/server/scripts/get-script";
import { requirePage } from "../_access/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverIntl();
  return { title: t("review.queue.pageTitle") };
}

/** The approvers' queue: pending candidates, oldest first, with the title of their script. */
export default async function ReviewsPage() {
  await requirePage("scripts.read", "/reviews");
  const items: QueueItem[] = reviewQueue().flatMap((candidate) => {
    const script = findScriptOrNull(candidate.scriptId);
    return script ? [{ candidate: withIsoDates(candidate), title: script.title, locale: script.locale }] : [];
  });
  return <ReviewQueue items={items} />;
}
