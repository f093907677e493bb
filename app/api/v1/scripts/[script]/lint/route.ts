import { guarded } from "@/lib/server/access/guard";
import { lintQuerySchema } from "@/lib/api/lint";
import { parseInput } from "@/lib/server/http";
import { lintScriptDraft } from "@/lib/server/lint/lint-document";
import { localeOfRequest } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ script: string }> };

/** Lints the script's current draft, as the server will before submit and publish. */
export function GET(request: Request, { params }: Context) {
  return guarded(request, "scripts.read", async () => {
    const { script } = await params;
    const query = parseInput(lintQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(lintScriptDraft(script, query.locale ?? localeOfRequest(request)));
  });
}
