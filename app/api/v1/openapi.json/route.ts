import { openApiDocument } from "@/lib/api/openapi";

const document = openApiDocument();

export function GET() {
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
