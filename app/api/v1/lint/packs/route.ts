import { customPackJson, type RulePacksJson } from "@/lib/api/lint";
import { handle } from "@/lib/server/http";
import { listPacks } from "@/lib/server/lint/list-packs";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(request, () => {
    const { builtin, custom, disabled } = listPacks();
    const body: RulePacksJson = { builtin: [...builtin], custom: custom.map(customPackJson), disabled };
    return Response.json(body);
  });
}
