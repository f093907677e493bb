import { withIsoDates } from "@/lib/api/access";
import { guardedUser } from "@/lib/server/access/guard";
import { deliveriesOf } from "@/lib/server/webhooks/webhooks";

type Context = { params: Promise<{ webhook: string }> };

/** The delivery log: every attempt's outcome, newest first. */
export function GET(request: Request, { params }: Context) {
  return guardedUser(request, "webhooks.manage", async () => Response.json({ deliveries: deliveriesOf((await params).webhook).map(withIsoDates) }));
}
