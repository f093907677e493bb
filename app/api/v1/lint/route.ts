import { guarded } from "@/lib/server/access/guard";
import { lintDocumentRequestSchema } from "@/lib/api/lint";
import { parseInput, readJson } from "@/lib/server/http";
import { lintDocument } from "@/lib/server/lint/lint-document";
import { localeOfRequest } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** Lints any document with the workspace's packs and settings; messages in `locale` or the reader's language. */
export function POST(request: Request) {
  return guarded(request, "lint.run", async () => {
    const body = parseInput(lintDocumentRequestSchema, await readJson(request));
    return Response.json(lintDocument(body.document, body.locale ?? localeOfRequest(request)));
  });
}
