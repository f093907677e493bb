import { withIsoDates } from "@/lib/api/access";
import type { CandidateReviewJson } from "@/lib/api/review";
import { guarded } from "@/lib/server/access/guard";
import { candidateReview } from "@/lib/server/review/queries";

type Context = { params: Promise<{ candidate: string }> };

/** The copy review: the frozen candidate, the live version to compare with, and the comments. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const { candidate, live, comments } = candidateReview((await params).candidate);
    return Response.json({ candidate: withIsoDates(candidate), live, comments: comments.map(withIsoDates) } satisfies CandidateReviewJson);
  });
}
