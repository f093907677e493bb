import { saveLintSettingsRequestSchema, type LintSettingsJson } from "@/lib/api/lint";
import { handle, parseInput, readJson } from "@/lib/server/http";
import { getLintSettings, saveLintSettings } from "@/lib/server/lint/lint-settings";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(request, () => Response.json({ settings: getLintSettings() } satisfies LintSettingsJson));
}

export function PUT(request: Request) {
  return handle(request, async () => {
    const body = parseInput(saveLintSettingsRequestSchema, await readJson(request));
    return Response.json({ settings: saveLintSettings(body.settings) } satisfies LintSettingsJson);
  });
}
