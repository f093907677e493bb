import { guarded } from "@/lib/server/access/guard";
import { customPackJson, type RulePacksJson } from "@/lib/api/lint";
import { listPacks } from "@/lib/server/lint/list-packs";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return guarded(request, "scripts.read", () => {
    const { builtin, custom, disabled } = listPacks();
    const body: RulePacksJson = { builtin: [...builtin], custom: custom.map(customPackJson), disabled };
    return Response.json(body);
  });
}
