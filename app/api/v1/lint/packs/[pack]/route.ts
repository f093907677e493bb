import { guarded } from "@/lib/server/access/guard";
import { customPackJson, savePackRequestSchema } from "@/lib/api/lint";
import { parseInput, readJson } from "@/lib/server/http";
import { deletePack } from "@/lib/server/lint/delete-pack";
import { savePack } from "@/lib/server/lint/save-pack";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ pack: string }> };

/** Creates or replaces a custom pack: 400 when it does not fit, 409 on a built-in id, 422 when its examples fail. */
export function PUT(request: Request, { params }: Context) {
  return guarded(request, "rules.edit", async (actor) => {
    const { pack } = await params;
    const body = parseInput(savePackRequestSchema, await readJson(request));
    return Response.json(customPackJson(savePack(actor, pack, body.pack)));
  });
}

export function DELETE(request: Request, { params }: Context) {
  return guarded(request, "rules.edit", async (actor) => {
    deletePack(actor, (await params).pack);
    return new Response(null, { status: 204 });
  });
}
