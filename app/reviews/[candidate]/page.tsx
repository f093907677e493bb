import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyReview } from "@/components/review/copy-review";
import { withIsoDates } from "@/lib/api/access";
import type { CandidateReviewJson } from "@/lib/api/review";
import { serverIntl } from "@/lib/i18n/request";
import { AppError } from "@/lib/server/errors";
import { candidateReview } from "@/lib/server/review/queries";
import { pageUser, requirePage } from "../../_access/page-guard";

type Props = { params: Promise<{ candidate: string }> };

export const dynamic = "force-dynamic";

/** The review as the API serves it (GET /api/v1/candidates/:id), or null for an unknown candidate. */
function reviewOrNull(id: string): CandidateReviewJson | null {
  try {
    const { candidate, live, comments } = candidateReview(id);
    return { candidate: withIsoDates(candidate), live, comments: comments.map(withIsoDates) };
  } catch (error) {
    if (error instanceof AppError && error.code === "candidate-not-found") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageUser())) return {};
  const review = reviewOrNull((await params).candidate);
  const { t } = await serverIntl();
  return review ? { title: `${t("review.pageTitle")}: ${review.candidate.document.title}` } : {};
}

export default async function CandidateReviewPage({ params }: Props) {
  const { candidate } = await params;
  await requirePage("scripts.read", `/reviews/${candidate}`);
  const review = reviewOrNull(candidate);
  if (!review) notFound();
  return <CopyReview initial={review} />;
}
