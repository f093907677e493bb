import { guarded } from "@/lib/server/access/guard";
import type { LintSetupJson } from "@/lib/api/lint";
import { lintSetup } from "@/lib/server/lint/lint-setup";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guarded(request, "scripts.read", () => Response.json(lintSetup() satisfies LintSetupJson));
}
