import { withIsoDates } from "@/lib/api/access";
import { guarded } from "@/lib/server/access/guard";
import { reviewQueue } from "@/lib/server/review/queries";

export const dynamic = "force-dynamic";

/** Candidates waiting for an approver, oldest first, each with its title (as submitted) and language. */
export function GET(request: Request) {
  return guarded(request, "scripts.read", () => Response.json({ candidates: reviewQueue().map(withIsoDates) }));
}
