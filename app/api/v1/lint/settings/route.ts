import { guarded } from "@/lib/server/access/guard";
import { saveLintSettingsRequestSchema, type LintSettingsJson } from "@/lib/api/lint";
import { parseInput, readJson } from "@/lib/server/http";
import { getLintSettings, saveLintSettings } from "@/lib/server/lint/lint-settings";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guarded(request, "scripts.read", () => Response.json({ settings: getLintSettings() } satisfies LintSettingsJson));
}

export function PUT(request: Request) {
  return guarded(request, "rules.edit", async (actor) => {
    const body = parseInput(saveLintSettingsRequestSchema, await readJson(request));
    return Response.json({ settings: saveLintSettings(actor, body.settings) } satisfies LintSettingsJson);
  });
}
