import { withIsoDates } from "@/lib/api/access";
import { guarded } from "@/lib/server/access/guard";
import { candidatesOf } from "@/lib/server/review/queries";

type Context = { params: Promise<{ script: string }> };

export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => Response.json({ candidates: candidatesOf((await params).script).map(withIsoDates) }));
}
