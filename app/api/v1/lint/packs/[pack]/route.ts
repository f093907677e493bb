import { customPackJson, savePackRequestSchema } from "@/lib/api/lint";
import { handle, parseInput, readJson } from "@/lib/server/http";
import { deletePack } from "@/lib/server/lint/delete-pack";
import { savePack } from "@/lib/server/lint/save-pack";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ pack: string }> };

/** Creates or replaces a custom pack: 400 when it does not fit, 409 on a built-in id, 422 when its examples fail. */
export function PUT(request: Request, { params }: Context) {
  return handle(request, async () => {
    const { pack } = await params;
    const body = parseInput(savePackRequestSchema, await readJson(request));
    return Response.json(customPackJson(savePack(pack, body.pack)));
  });
}

export function DELETE(request: Request, { params }: Context) {
  return handle(request, async () => {
    deletePack((await params).pack);
    return new Response(null, { status: 204 });
  });
}
