import type { LintSetupJson } from "@/lib/api/lint";
import { handle } from "@/lib/server/http";
import { lintSetup } from "@/lib/server/lint/lint-setup";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(request, () => Response.json(lintSetup() satisfies LintSetupJson));
}
